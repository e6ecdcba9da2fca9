/**
 * Sheets v4 through @googleapis/sheets and google-auth-library (Node, Cloud Functions).
 * @module
 */
import { sheets } from '@googleapis/sheets';
import type { GoogleAuth, OAuth2Client } from 'google-auth-library';
import { apiError, SheetsApiError, type SheetsTransport } from './transport.ts';

export interface NodeTransportOptions {
  /** A service-account client (GoogleAuth / JWT) or a user's OAuth2Client. */
  auth: GoogleAuth | OAuth2Client;
  /** Default `https://sheets.googleapis.com/`; tests point it at a local server. */
  rootUrl?: string;
  /** Per-request timeout (default 20 s). */
  timeoutMs?: number;
}

/** @example nodeTransport({ auth: await new GoogleAuth({ scopes: SHEETS_SCOPES }).getClient() }) */
export function nodeTransport(options: NodeTransportOptions): SheetsTransport {
  const client = sheets({
    version: 'v4' as const,
    auth: options.auth,
    ...(options.rootUrl ? { rootUrl: options.rootUrl } : {}),
  });
  // Our own retry wrapper decides; the library's retries would break the call budget.
  const callOptions = { retry: false, timeout: options.timeoutMs ?? 20_000 };

  async function call<T>(run: () => Promise<{ data: T }>): Promise<T> {
    try {
      return (await run()).data;
    } catch (e) {
      throw toApiError(e);
    }
  }

  return {
    get: (spreadsheetId, fields) =>
      call(() => client.spreadsheets.get({ spreadsheetId, fields }, callOptions)),
    async batchGet(spreadsheetId, ranges) {
      const params = {
        spreadsheetId,
        ranges,
        valueRenderOption: 'UNFORMATTED_VALUE',
        majorDimension: 'ROWS',
      };
      const out = await call(() => client.spreadsheets.values.batchGet(params, callOptions));
      return out.valueRanges ?? [];
    },
    async batchUpdate(spreadsheetId, requests) {
      const requestBody = { requests, includeSpreadsheetInResponse: false };
      await call(() =>
        client.spreadsheets.batchUpdate({ spreadsheetId, requestBody }, callOptions),
      );
    },
  };
}

function toApiError(e: unknown): SheetsApiError {
  const err = e as {
    status?: number;
    response?: { status?: number; data?: unknown; headers?: unknown };
    name?: string;
    code?: string;
    message?: string;
  };
  const status = err.response?.status ?? err.status;
  if (status) {
    const headers = err.response?.headers as
      | { get?: (n: string) => string | null }
      | Record<string, string>
      | undefined;
    const retryAfter =
      typeof headers?.get === 'function'
        ? headers.get('retry-after')
        : (headers as Record<string, string> | undefined)?.['retry-after'];
    return apiError(status, err.response?.data, retryAfter);
  }
  const timedOut =
    err.name === 'TimeoutError' ||
    err.name === 'AbortError' ||
    /timeout|aborted/i.test(err.message ?? '');
  return new SheetsApiError(
    err.message ?? 'Sheets API request failed',
    0,
    timedOut ? 'TIMEOUT' : 'NETWORK',
  );
}
