/** The results table as CSV: uCode, Rank, Index, then every aggregate (COINr `get_results`). @module */
import { toCsv } from '../../contract/csv.ts';
import { rankedRows } from '../index-defaults.ts';
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
  const order = rankedRows(results);
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
