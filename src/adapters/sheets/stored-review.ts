/**
 * Reads one spreadsheet's stored review from the hub's "Review results" tab
 * in two Sheets API calls (tab list, then that tab's values): the review page
 * never re-reads the corridor sheets and never re-scores.
 * @module
 */

import type { ReviewOutcome } from '../../core/contract/review.ts';
import { REVIEW_RESULTS_TAB, readStoredReview } from '../../core/recalculate/stored-review.ts';
import { classifySheetsError } from './explain-error.ts';
import { GENERATED_KEY } from './tab-metadata.ts';
import type { SheetsTransport } from './transport.ts';

const FIELDS = 'sheets(properties(title),developerMetadata(metadataKey,metadataValue))';

/** @returns the stored review, undefined when none is stored yet, or the read failure */
export async function storedReview(
  transport: SheetsTransport,
  spreadsheetId: string,
  hubId: string,
): Promise<ReviewOutcome | undefined> {
  try {
    const meta = await transport.get(hubId, FIELDS);
    const tab = (meta.sheets ?? []).find((s) =>
      (s.developerMetadata ?? []).some(
        (m) => m.metadataKey === GENERATED_KEY && m.metadataValue === REVIEW_RESULTS_TAB,
      ),
    );
    const title = tab?.properties?.title;
    if (!title) return undefined;
    const [range] = await transport.batchGet(hubId, [`'${title.replace(/'/g, "''")}'`]);
    const review = readStoredReview((range?.values ?? []) as unknown[][], spreadsheetId);
    return review ? { ok: true, review } : undefined;
  } catch (error) {
    const failure = classifySheetsError(error);
    return {
      ok: false,
      failure: failure === 'unavailable' ? 'unavailable' : 'hub_unreachable',
      reason: 'The hub holding the stored review could not be read.',
    };
  }
}
