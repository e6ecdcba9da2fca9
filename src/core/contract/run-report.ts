/**
 * What a hub recalculation reports, per spreadsheet and overall: the JSON the
 * API returns and the Run report tab shows.
 * @module
 */
import type { Issue } from './issue.ts';

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
