/**
 * The port to Google Sheets for recalculation and review: the HTTP app asks
 * for it, src/adapters/sheets implements it.
 * @module
 */
import type { ReviewOutcome } from './review.ts';
import type { RunReport } from './run-report.ts';

/** Access to Google Sheets for recalculation and review; absent where not configured. */
export interface SheetsGateway {
  /** Built by `createSheetsGateway` in src/adapters/sheets. */
  readonly kind: 'sheets';
  /** The service account's address: the one people share their spreadsheets with. */
  readonly serviceAccountEmail: string;
  /** Recalculates a hub; runs for the same hub never interleave. */
  recalculate(hubId: string): Promise<RunReport>;
  /** Reviews a partner's spreadsheet against the configured hub; writes nothing. */
  review(spreadsheetId: string): Promise<ReviewOutcome>;
  signReviewLink(spreadsheetId: string): Promise<{ token: string; expiresAt: string }>;
  /** The spreadsheet a review token names, or undefined when forged, malformed or expired. */
  openReviewLink(token: string): Promise<{ spreadsheetId: string; expiresAt: string } | undefined>;
}
