/**
 * The one way the add-on talks to the API: UrlFetchApp with the bearer token,
 * errors turned into sentences (RFC 9457 problem+json when the API sends it).
 * @module
 */
import { asciiJson } from '../../../src/core/contract/ascii-json.ts';
import type { Problem } from '../../../src/core/contract/problem.ts';
import { AddonError } from './addon-error.ts';
import { checkPayloadSize, tooLargeForApiMessage, utf8Length } from './limits.ts';
import { requireSettings } from './settings.ts';

function describeProblem(status: number, text: string): string {
  let problem: Partial<Problem> = {};
  try {
    problem = JSON.parse(text) as Partial<Problem>;
  } catch {
    // not JSON: fall back to the status alone
  }
  const what = [problem.title, problem.detail].filter(Boolean).join(': ') || `HTTP ${status}`;
  const id = problem.requestId ? ` (request id ${problem.requestId})` : '';
  if (status === 401)
    return `The API refused the access token${id}: ${what}. Check the token in Settings.`;
  if (status === 403) return `Your token's role may not do this${id}: ${what}.`;
  return `The Corridor Monitor API answered ${status}${id}: ${what}`;
}

/** Calls the API once and returns its parsed JSON body; throws AddonError on any failure. */
export function callApi<T>(method: 'get' | 'post', path: string, body?: unknown): T {
  const { apiUrl, token } = requireSettings();
  // ASCII only (\u escapes): the server then parses a one-byte string, several times faster in workerd
  const payload = body === undefined ? undefined : asciiJson(body);
  if (payload !== undefined) checkPayloadSize(payload);
  const options: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions = {
    method,
    muteHttpExceptions: true,
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
  };
  if (payload !== undefined) {
    options.contentType = 'application/json';
    options.payload = payload;
  }
  let response: GoogleAppsScript.URL_Fetch.HTTPResponse;
  try {
    response = UrlFetchApp.fetch(apiUrl + path, options);
  } catch (error) {
    throw new AddonError(
      `Could not reach the Corridor Monitor API at ${apiUrl}: ${(error as Error).message}. ` +
        "Check the API URL in Settings; it must also be in the add-on's urlFetchWhitelist.",
    );
  }
  const status = response.getResponseCode();
  const text = response.getContentText();
  if (status === 413) {
    throw new AddonError(tooLargeForApiMessage(utf8Length(payload ?? '')));
  }
  if (status < 200 || status >= 300) throw new AddonError(describeProblem(status, text));
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new AddonError(`The API at ${apiUrl} did not answer with JSON (HTTP ${status}).`);
  }
}
