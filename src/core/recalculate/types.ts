/**
 * Recalculation across a hub's corridor spreadsheets: its ports (the report is in contract/run-report.ts).
 * @module
 */

import type { AssessOptions, AssessResult } from '../assess/types.ts';
import type { Issue } from '../contract/issue.ts';
import type { WriteBack } from '../contract/patch.ts';
import type { Clock, WorkbookSource } from '../contract/ports.ts';
import type { ReadFailure } from '../contract/run-report.ts';
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
