/**
 * Per-unit rank statistics over replications: mean, median, 5th and 95th
 * percentiles (R type 7), ignoring replications where the unit has no rank.
 * @module
 */
import { quantileType7 } from '../../stats/quantile-type7.ts';
import type { RankStats } from './types.ts';

/**
 * @param units - unit codes
 * @param nominal - nominal rank per unit
 * @param ranks - one Float64Array of ranks per successful replication (units' order)
 * @returns the rank statistics (NaN for a unit never ranked)
 * @example summariseRanks(['A'], Float64Array.of(1), [Float64Array.of(1), Float64Array.of(2)]).mean // => Float64Array [1.5]
 */
export function summariseRanks(
  units: string[],
  nominal: Float64Array,
  ranks: readonly Float64Array[],
): RankStats {
  const n = units.length;
  const stats: RankStats = {
    units,
    nominal,
    mean: new Float64Array(n),
    median: new Float64Array(n),
    q5: new Float64Array(n),
    q95: new Float64Array(n),
  };
  const buf = new Float64Array(ranks.length);
  for (let u = 0; u < n; u++) {
    let m = 0;
    let sum = 0;
    for (const r of ranks) {
      const v = r[u]!;
      if (!Number.isNaN(v)) {
        buf[m++] = v;
        sum += v;
      }
    }
    const sorted = buf.subarray(0, m).sort();
    stats.mean[u] = m > 0 ? sum / m : Number.NaN;
    stats.median[u] = quantileType7(sorted, 0.5);
    stats.q5[u] = quantileType7(sorted, 0.05);
    stats.q95[u] = quantileType7(sorted, 0.95);
  }
  return stats;
}
