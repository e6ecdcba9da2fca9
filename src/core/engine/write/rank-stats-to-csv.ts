/** Uncertainty rank intervals as CSV: uCode, Nominal, Mean, Median, Q5, Q95 (COINr's RankStats). @module */
import { toCsv } from '../../contract/csv.ts';
import type { RankStats } from '../uncertainty/types.ts';
import { formatNumber } from './format-number.ts';

/**
 * @param stats - per-unit rank statistics
 * @returns CSV text, units in the order given
 * @example rankStatsToCsv(stats) // => 'uCode,Nominal,Mean,Median,Q5,Q95\r\n...'
 */
export function rankStatsToCsv(stats: RankStats): string {
  const rows: string[][] = [['uCode', 'Nominal', 'Mean', 'Median', 'Q5', 'Q95']];
  stats.units.forEach((u, i) => {
    rows.push([
      u,
      ...[stats.nominal, stats.mean, stats.median, stats.q5, stats.q95].map((c) =>
        formatNumber(c[i]!),
      ),
    ]);
  });
  return toCsv(rows);
}
