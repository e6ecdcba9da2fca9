/** COINr `n_rank`. @module */
import { rankValues, type TiesMethod } from '../../stats/rank-values.ts';

/**
 * Ascending ranks (highest value gets the highest rank).
 * @param x - direction-adjusted values, NaN = missing
 * @param ties - tie rule, default "min"
 * @returns ranks
 * @example nRank(new Float64Array([1, 2, 2, 3])) // => [1, 2, 2, 4]
 */
export function nRank(x: Float64Array, ties: TiesMethod = 'min'): Float64Array {
  return rankValues(x, ties);
}
