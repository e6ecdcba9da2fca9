/**
 * Reads the assessment shown on corridor pages from a hub: the results its
 * last recalculation stored, through the Sheets API with the server's
 * service-account variables and the read-only scope. Never writes to the hub.
 * Returns the issue instead of throwing.
 * @module
 */

import { fetchTransport } from '../../adapters/sheets/fetch-transport.ts';
import { parseKey, SheetsConfigError, type SheetsEnv } from '../../adapters/sheets/from-env.ts';
import { readHubResults } from '../../adapters/sheets/hub-results.ts';
import { withRetry } from '../../adapters/sheets/retry.ts';
import { serviceAccountTokens } from '../../adapters/sheets/service-account-token.ts';
import { SheetsApiError } from '../../adapters/sheets/transport.ts';
import {
  type Failed,
  type IssueCode,
  type PathIssue,
  pathIssue,
} from '../../core/contract/issue.ts';
import { parseSheetLink } from '../../core/contract/sheet-link.ts';
import { hubBenchmark } from '../../core/observatory/hub-benchmark.ts';
import type { BenchmarkRead } from './read-benchmark.ts';

export const READ_ONLY_SCOPES = ['https://www.googleapis.com/auth/spreadsheets.readonly'];

function failure(error: unknown, hub: string, email: string): string {
  if (error instanceof SheetsApiError) {
    if (error.status === 404) return `hub ${hub} not found: no spreadsheet with this ID exists`;
    if (error.status === 403)
      return `hub ${hub} cannot be read: share it with ${email} (Viewer is enough)`;
    if (error.status === 401) return `Google refused the service account ${email}`;
    return `hub ${hub} cannot be read: ${error.message}`;
  }
  return `hub ${hub} cannot be read: ${error instanceof Error ? error.message : String(error)}`;
}

export async function readHub(
  ref: string,
  env: SheetsEnv,
  assessedBy: string | undefined,
): Promise<BenchmarkRead> {
  const link = parseSheetLink(ref);
  if (!link)
    return fail(
      'wrong_type',
      ref,
      `--hub expects a Google Sheets link or spreadsheet ID, got "${ref}"`,
    );
  const json = env.CM_SHEETS_SERVICE_ACCOUNT_JSON?.trim();
  if (!json)
    return fail(
      'required',
      'CM_SHEETS_SERVICE_ACCOUNT_JSON',
      '--hub needs the service account key: set CM_SHEETS_SERVICE_ACCOUNT_JSON to the key file (JSON) the server uses',
    );
  let key: ReturnType<typeof parseKey>;
  try {
    key = parseKey(json);
  } catch (error) {
    if (error instanceof SheetsConfigError)
      return fail('wrong_type', 'CM_SHEETS_SERVICE_ACCOUNT_JSON', error.message);
    throw error;
  }
  const rootUrl = env.CM_SHEETS_ROOT_URL?.trim();
  const tokenUrl = env.CM_SHEETS_TOKEN_URL?.trim();
  const transport = withRetry(
    fetchTransport({
      accessToken: serviceAccountTokens(key, {
        scopes: READ_ONLY_SCOPES,
        ...(tokenUrl ? { tokenUrl } : {}),
      }),
      ...(rootUrl ? { rootUrl } : {}),
    }),
    { deadlineMs: 20_000 },
  );
  const hubId = link.spreadsheetId;
  let results: Awaited<ReturnType<typeof readHubResults>>;
  try {
    results = await readHubResults(transport, hubId);
  } catch (error) {
    return fail('not_found', hubId, failure(error, hubId, key.client_email));
  }
  if (!results)
    return fail(
      'not_assessed',
      hubId,
      `hub ${hubId} was never recalculated (no Review results tab): recalculate it first (POST /v1/recalculate)`,
    );
  const name = results.title || hubId;
  const hub = hubBenchmark(results.reviews, results.dataGaps);
  if (!hub.ok)
    return {
      ok: false,
      issues: hub.issues.map((i) => ({ ...i, message: `hub "${name}" ${i.message}` })),
    };
  return {
    ok: true,
    benchmark: hub.benchmark,
    assessedBy: assessedBy ?? name,
    file: name,
    runId: hub.runId,
  };
}

const fail = (code: IssueCode, path: string, message: string): Failed<PathIssue> => ({
  ok: false,
  issues: [pathIssue(code, path, message)],
});
