/**
 * Failures talking to Google, in words for a coordinator or partner, and
 * sorted for the HTTP answer.
 * @module
 */
import type { ReadFailure } from '../../core/contract/run-report.ts';
import { SheetsApiError } from './transport.ts';

export function explainSheetsError(error: unknown, serviceAccountEmail: string): string {
  if (!(error instanceof SheetsApiError))
    return error instanceof Error ? error.message : String(error);
  if (error.status === 403)
    return `The service account ${serviceAccountEmail} has no access: share the spreadsheet with ${serviceAccountEmail} (Viewer to be read, Editor to get results written back).`;
  if (error.status === 404) return 'No spreadsheet with this ID exists, or it was deleted.';
  if (error.status === 401) return 'Google refused the service account credentials.';
  if (error.status === 429)
    return 'Google Sheets kept answering "rate limit exceeded" (429) until the retry deadline; try again in a minute.';
  if (error.status === 0)
    return error.reason === 'TIMEOUT'
      ? 'Google Sheets did not answer in time.'
      : `Google Sheets could not be reached: ${error.message}`;
  if (error.status >= 500)
    return `Google Sheets failed (${error.status} ${error.reason}) until the retry deadline.`;
  return `Google Sheets refused the request (${error.status} ${error.reason}): ${error.message}`;
}

export function classifySheetsError(error: unknown): ReadFailure {
  if (error instanceof SheetsApiError && (error.status === 403 || error.status === 401))
    return 'forbidden';
  if (error instanceof SheetsApiError && error.status === 404) return 'not_found';
  return 'unavailable';
}
