/**
 * Reads what a hub's last recalculation stored, for the public observatory:
 * the hub's title and the values of its generated "Review results" and
 * "Data gaps" tabs, in two read-only Sheets API calls (tab list, then one
 * batchGet of both tabs). Never writes.
 * @module
 */

import { REVIEW_RESULTS_TAB } from '../../core/recalculate/stored-review.ts';
import { GENERATED_TABS } from '../../core/template/layout.ts';
import { GENERATED_KEY } from './tab-metadata.ts';
import type { SheetsTransport } from './transport.ts';

const FIELDS =
  'properties(title),sheets(properties(title),developerMetadata(metadataKey,metadataValue))';

export interface HubResults {
  title: string;
  /** Rows of the Review results tab. */
  reviews: unknown[][];
  /** Rows of the Data gaps tab; null when the hub has none. */
  dataGaps: unknown[][] | null;
}

/**
 * @returns the stored results, or null when the hub was never recalculated (no Review results tab)
 * @throws SheetsApiError when Google refuses or fails (403, 404...)
 */
export async function readHubResults(
  transport: SheetsTransport,
  hubId: string,
): Promise<HubResults | null> {
  const meta = await transport.get(hubId, FIELDS);
  const generated = (name: string) =>
    (meta.sheets ?? []).find((s) =>
      (s.developerMetadata ?? []).some(
        (m) => m.metadataKey === GENERATED_KEY && m.metadataValue === name,
      ),
    )?.properties?.title ?? undefined;
  const reviews = generated(REVIEW_RESULTS_TAB);
  if (!reviews) return null;
  const gaps = generated(GENERATED_TABS.dataGaps);
  const quote = (t: string) => `'${t.replace(/'/g, "''")}'`;
  const ranges = await transport.batchGet(hubId, [quote(reviews), ...(gaps ? [quote(gaps)] : [])]);
  return {
    title: meta.properties?.title ?? '',
    reviews: (ranges[0]?.values ?? []) as unknown[][],
    dataGaps: gaps ? ((ranges[1]?.values ?? []) as unknown[][]) : null,
  };
}
