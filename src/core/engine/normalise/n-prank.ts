/** COINr `n_prank`. @module */
import { rankValues, type TiesMethod } from '../../stats/rank-values.ts';

/**
 * Percentile ranks: `(rank - 1)/(n_available - 1)`.
 * @param x - direction-adjusted values, NaN = missing
 * @param ties - tie rule, default "min"
 * @returns values in [0, 1]
 * @example nPrank(new Float64Array([1, 2, 2, 3])) // => [0, 1/3, 1/3, 1]
 */
export function nPrank(x: Float64Array, ties: TiesMethod = 'min'): Float64Array {
  const r = rankValues(x, ties);
  let n = 0;
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]!)) n++;
  for (let i = 0; i < r.length; i++) r[i] = (r[i]! - 1) / (n - 1);
  return r;
}
