/** Ranks of scores: highest = 1, ties take the lowest rank ("min"), NaN stays NaN. @module */
import { rankValues } from '../stats/rank-values.ts';

/**
 * As R's `rank(-x, ties.method = "min", na.last = "keep")`.
 * @param x - scores, NaN = missing
 * @returns ranks
 * @example rankScores([70, 90, 70]) // => [2, 1, 2]
 */
export function rankScores(x: ArrayLike<number>): Float64Array {
  const neg = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) neg[i] = -x[i]!;
  return rankValues(neg, 'min');
}
