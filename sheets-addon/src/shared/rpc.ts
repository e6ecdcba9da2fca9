/**
 * What the sidebar and the server functions exchange through google.script.run.
 * Plain JSON shapes only: Apps Script drops anything else on the way.
 * @module
 */
import type { Issue } from '../../../src/core/contract/issue.ts';

export type { Issue };

export interface SettingsView {
  apiUrl: string;
  /** True when a token is stored; the token itself never goes back to the page. */
  hasToken: boolean;
  /** Where the URL is kept: the document (shared with editors) or the user only. */
  apiUrlScope: 'document' | 'user' | 'unset';
}

export interface SettingsInput {
  apiUrl: string;
  /** Empty keeps the stored token. */
  token: string;
}

export interface CorridorChoice {
  origin: string;
  transit: string;
  destination: string;
  /** Fill every value the open-data pack has (any corridor with migrants). */
  prefill?: boolean;
}

export interface InsertOutcome {
  tabs: string[];
  validations: number;
}

export interface ValidateOutcome {
  ok: boolean;
  issues: Issue[];
  /** Cells given a note and a highlight (capped, see `truncated`). */
  marked: number;
  truncated: boolean;
  cleared: number;
}

export interface AssessOutcome {
  ok: boolean;
  issues: Issue[];
  /** Tabs written, in order; empty when nothing was written. */
  tabs: string[];
  corridors: number;
  errors: number;
  warnings: number;
  top: { corridorId: string; overall: number | null; rank: number | null }[];
  seconds: number;
}

export interface ReviewOutcome {
  link: string;
  expiresAt: string | null;
}

/** How to assess: with the uncertainty runs (rank intervals, sensitivity) or, by default, without. */
export interface AssessChoice {
  uncertainty?: boolean;
}

export interface Progress {
  step: string;
  message: string;
  /** 0..1 */
  fraction: number;
  at: number;
}

/** Every server function the sidebar may call, with its argument and result. */
export interface ServerApi {
  getSettings(): SettingsView;
  saveSettings(input: SettingsInput): SettingsView;
  insertTemplate(choice: CorridorChoice): InsertOutcome;
  validateSheet(): ValidateOutcome;
  assessSheet(choice?: AssessChoice): AssessOutcome;
  shareForReview(): ReviewOutcome;
  selectCell(cell: string): void;
  getProgress(): Progress | null;
}
