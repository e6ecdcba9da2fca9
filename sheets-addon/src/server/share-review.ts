/**
 * Share for review: sends this spreadsheet's link to /v1/review and returns
 * the partner review link the API signs.
 * @module
 */
import type { ReviewOutcome } from '../shared/rpc.ts';
import { callApi } from './api-client.ts';
import { reviewLink } from './api-shapes.ts';

export function shareActiveSpreadsheet(): ReviewOutcome {
  const sheetUrl = SpreadsheetApp.getActiveSpreadsheet().getUrl();
  return reviewLink(callApi('post', '/v1/review', { sheetUrl }));
}
