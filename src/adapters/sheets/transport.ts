/**
 * The three Sheets v4 calls the adapter makes, whatever the runtime: the
 * googleapis client on Node, plain fetch on Workers.
 * @module
 */
import type { sheets_v4 } from '@googleapis/sheets';

export type Spreadsheet = sheets_v4.Schema$Spreadsheet;
export type ValueRange = sheets_v4.Schema$ValueRange;
export type SheetsRequest = sheets_v4.Schema$Request;

export interface SheetsTransport {
  /** spreadsheets.get with a field mask (tab metadata, never grid data). */
  get(spreadsheetId: string, fields: string): Promise<Spreadsheet>;
  /** values.batchGet, UNFORMATTED_VALUE: one ValueRange per range, in order. */
  batchGet(spreadsheetId: string, ranges: string[]): Promise<ValueRange[]>;
  /** spreadsheets.batchUpdate: applied atomically by Google (all requests or none). */
  batchUpdate(spreadsheetId: string, requests: SheetsRequest[]): Promise<void>;
}

/** What went wrong talking to Google: an HTTP answer, a timeout or a network failure. */
export class SheetsApiError extends Error {
  constructor(
    message: string,
    /** HTTP status; 0 for timeouts and network failures. */
    readonly status: number,
    /** Google's status name (PERMISSION_DENIED, RESOURCE_EXHAUSTED...), `TIMEOUT` or `NETWORK`. */
    readonly reason: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'SheetsApiError';
  }

  /** 429, 5xx, timeouts and network failures may succeed when tried again. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}

/** Reads Google's `{error: {code, message, status}}` body into a SheetsApiError. */
export function apiError(
  status: number,
  body: unknown,
  retryAfter?: string | null,
): SheetsApiError {
  const err = (body as { error?: { message?: unknown; status?: unknown } } | undefined)?.error;
  const message = typeof err?.message === 'string' ? err.message : `Sheets API answered ${status}`;
  const reason = typeof err?.status === 'string' ? err.status : `HTTP_${status}`;
  const seconds = retryAfter ? Number(retryAfter) : Number.NaN;
  return new SheetsApiError(
    message,
    status,
    reason,
    Number.isFinite(seconds) ? seconds * 1000 : undefined,
  );
}
