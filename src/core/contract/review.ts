/**
 * A partner's review: what their spreadsheet says, how it scores among the
 * hub's corridors, and what is missing. JSON for the API, HTML for people.
 * @module
 */
import type { Issue } from './issue.ts';

export interface ReviewCorridor {
  corridorId: string;
  route: string;
  overall: number | null;
  rank: number | null;
  rankQ5: number | null;
  rankQ95: number | null;
  coverage: number;
  /** True for the partner's own corridors. */
  partner: boolean;
}

export interface ReviewDimension {
  id: string;
  /** Partner corridor ID -> score. */
  scores: Record<string, number | null>;
  median: number | null;
  best: number | null;
}

export interface ReviewGaps {
  corridorId: string;
  available: number;
  stale: number;
  missing: number;
}

export interface Review {
  spreadsheetId: string;
  title: string;
  generatedAt: string;
  /** The recalculation run that computed it, when read from the hub's stored results. */
  runId?: string;
  /** `scored` when the sheet was valid and scored with the hub's corridors. */
  status: 'scored' | 'invalid';
  errors: number;
  warnings: number;
  /** Errors first, at most 200. */
  issues: Issue[];
  /** Every corridor scored, partner's flagged, best rank first. */
  corridors: ReviewCorridor[];
  dimensions: ReviewDimension[];
  gaps: ReviewGaps[];
  /** The hub compared with: its label only, never its ID or other teams' sheets. */
  hub: { label: string; corridors: number; unreachable: number } | null;
}

export type ReviewOutcome =
  | { ok: true; review: Review }
  | { ok: false; failure: ReviewFailure; reason: string };

/** Why no review: the sheet's access, existence or Google; not listed in the hub (or is the hub); the hub unreadable. */
export type ReviewFailure =
  | 'forbidden'
  | 'not_found'
  | 'unavailable'
  | 'not_listed'
  | 'hub_unreachable';
