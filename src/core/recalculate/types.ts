/**
 * Recalculation across a hub's corridor spreadsheets: its ports and its report.
 * @module
 */

import type { AssessOptions, AssessResult } from '../assess/types.ts';
import type { Issue } from '../contract/issue.ts';
import type { WriteBack } from '../contract/patch.ts';
import type { Clock, WorkbookSource } from '../contract/ports.ts';
import type { Workbook } from '../contract/workbook.ts';

/** One spreadsheet: read once, then written at most once. */
export interface SpreadsheetPort extends WorkbookSource {
  /** The spreadsheet's title, known after `read()`. */
  readonly title?: string;
  write(writeBack: WriteBack): Promise<unknown>;
}

export interface RecalculateDeps {
  /** Opens a spreadsheet by ID (no I/O until read/write). */
  open(spreadsheetId: string): SpreadsheetPort;
  assess(workbook: Workbook, options: AssessOptions): AssessResult;
  /** Template validation of one corridor spreadsheet on its own. */
  validate(workbook: Workbook): Issue[];
  clock: Clock;
  /** Says why a read or write failed, in words for the coordinator. */
  explain(error: unknown): string;
  /** Sorts a read failure: the caller lacks access, no such spreadsheet, or Google failed. */
  classify?(error: unknown): ReadFailure;
  /** Spreadsheets read at once (default 4). */
  concurrency?: number;
  uncertaintyRuns?: number;
  /** The hub's lease across instances; none = this process's lock only. */
  lease?(hubId: string, runId: string): HubLease;
}

export type ReadFailure = 'forbidden' | 'not_found' | 'unavailable';

export type SpreadsheetStatus = 'written' | 'invalid' | 'unreachable' | 'write_failed' | 'skipped';

export interface SpreadsheetReport {
  spreadsheetId: string;
  label: string;
  role: 'hub' | 'corridor';
  status: SpreadsheetStatus;
  /** Why, when the status is not `written`. */
  reason?: string;
  /** For `unreachable`: what kind of failure. */
  failure?: ReadFailure;
  corridors: string[];
  errors: number;
  warnings: number;
  /** The first error-severity issues (at most 20), for the report. */
  issues: Issue[];
}

export interface RunReport {
  hubId: string;
  /** Carried by every tab this run writes, so each sheet says which run it shows. */
  runId: string;
  generatedAt: string;
  /** Set when another run holds the hub: nothing was read or written. */
  conflict?: { holder: string; until: string };
  /** True when the benchmark was scored and written to the hub. */
  ok: boolean;
  corridorsScored: number;
  spreadsheets: SpreadsheetReport[];
}

/**
 * One recalculation's hold on a hub, shared by every instance of the
 * service (developer metadata on Node and Cloud Functions, a Durable Object
 * on Workers): taken before reading, re-checked before writing, released.
 */
export interface HubLease {
  /** Takes the hub for this run, or says which run holds it and until when. */
  acquire(): Promise<{ ok: true } | { ok: false; holder: string; until: string }>;
  /** Whether the hub is still this run's, checked just before the first write. */
  confirm(): Promise<boolean>;
  release(): Promise<void>;
}
