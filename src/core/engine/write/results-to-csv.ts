/** The results table as CSV: uCode, Rank, Index, then every aggregate (COINr `get_results`). @module */
import { toCsv } from '../../contract/csv.ts';
import type { ResultsTable } from '../types.ts';
import { formatNumber } from './format-number.ts';

/**
 * Rows sorted by rank (missing ranks last, ties in input order).
 * @param results - the results of a run
 * @returns CSV text
 * @example resultsToCsv(run.result.results) // => 'uCode,Rank,Index,Conn,...\r\nDEU,1,75.22...'
 */
export function resultsToCsv(results: ResultsTable): string {
  const codes = Object.keys(results.columns);
  const order = [...results.units.keys()].sort((a, b) => {
    const ra = results.rank[a]!;
    const rb = results.rank[b]!;
    if (Number.isNaN(ra) || Number.isNaN(rb))
      return Number.isNaN(ra) ? (Number.isNaN(rb) ? a - b : 1) : -1;
    return ra - rb || a - b;
  });
  const rows: string[][] = [['uCode', 'Rank', ...codes]];
  for (const i of order) {
    rows.push([
      results.units[i]!,
      formatNumber(results.rank[i]!),
      ...codes.map((c) => formatNumber(results.columns[c]![i]!)),
    ]);
  }
  return toCsv(rows);
}
