/** COINr `n_borda`. @module */
import { rankValues, type TiesMethod } from '../../stats/rank-values.ts';

/**
 * Borda scores: `rank - 1`.
 * @param x - direction-adjusted values, NaN = missing
 * @param ties - tie rule, default "min"
 * @returns scores
 * @example nBorda(new Float64Array([1, 2, 2, 3])) // => [0, 1, 1, 3]
 */
export function nBorda(x: Float64Array, ties: TiesMethod = 'min'): Float64Array {
  const r = rankValues(x, ties);
  for (let i = 0; i < r.length; i++) r[i] = r[i]! - 1;
  return r;
}
