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
  /** Recalculates a hub; runs for the same hub never interleave, across instances too (a lease). */
  recalculate(hubId: string): Promise<RunReport>;
  /** Reviews a spreadsheet the hub lists against that hub's corridors; writes nothing. */
  review(spreadsheetId: string, hubId: string): Promise<ReviewOutcome>;
  /** The review a recalculation stored in the hub (at most 2 Sheets calls), or undefined when none is. */
  storedReview?(spreadsheetId: string, hubId: string): Promise<ReviewOutcome | undefined>;
  /** A link naming the spreadsheet and hub (encrypted: neither ID shows); expiry on the real clock. */
  signReviewLink(
    spreadsheetId: string,
    hubId: string,
  ): Promise<{ token: string; expiresAt: string }>;
  /** What a review token names, or undefined when forged, malformed or expired. */
  openReviewLink(
    token: string,
  ): Promise<{ spreadsheetId: string; hubId: string; expiresAt: string } | undefined>;
}
