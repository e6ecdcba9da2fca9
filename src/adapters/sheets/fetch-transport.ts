/**
 * Sheets v4 over plain fetch, for Workers (no node:* imports, bundles small).
 * @module
 */
import { apiError, SheetsApiError, type SheetsTransport, type ValueRange } from './transport.ts';

export interface FetchTransportOptions {
  /** Returns a current OAuth access token (see `serviceAccountTokens`). */
  accessToken: () => Promise<string>;
  /** Default `https://sheets.googleapis.com/`; tests point it at a local server. */
  rootUrl?: string;
  /** Per-request timeout (default 20 s). */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** @example const t = fetchTransport({ accessToken: serviceAccountTokens(key) }); */
export function fetchTransport(options: FetchTransportOptions): SheetsTransport {
  const root = options.rootUrl ?? 'https://sheets.googleapis.com/';
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 20_000;

  async function call(path: string, query: [string, string][], body?: unknown): Promise<unknown> {
    const url = new URL(`v4/spreadsheets/${path}`, root);
    for (const [k, v] of query) url.searchParams.append(k, v);
    const headers: Record<string, string> = {
      authorization: `Bearer ${await options.accessToken()}`,
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await doFetch(url, {
        method: body === undefined ? 'GET' : 'POST',
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (e) {
      const timedOut = (e as Error).name === 'TimeoutError' || (e as Error).name === 'AbortError';
      throw new SheetsApiError(
        timedOut ? `No answer within ${timeoutMs} ms` : (e as Error).message,
        0,
        timedOut ? 'TIMEOUT' : 'NETWORK',
      );
    }
    const payload: unknown = await res.json().catch(() => undefined);
    if (!res.ok) throw apiError(res.status, payload, res.headers.get('retry-after'));
    return payload;
  }

  return {
    async get(id, fields) {
      return (await call(encodeURIComponent(id), [['fields', fields]])) as object;
    },
    async batchGet(id, ranges) {
      const query: [string, string][] = ranges.map((r) => ['ranges', r]);
      query.push(['valueRenderOption', 'UNFORMATTED_VALUE'], ['majorDimension', 'ROWS']);
      const out = (await call(`${encodeURIComponent(id)}/values:batchGet`, query)) as {
        valueRanges?: ValueRange[];
      };
      return out.valueRanges ?? [];
    },
    async batchUpdate(id, requests) {
      await call(`${encodeURIComponent(id)}:batchUpdate`, [], {
        requests,
        includeSpreadsheetInResponse: false,
      });
    },
  };
}
