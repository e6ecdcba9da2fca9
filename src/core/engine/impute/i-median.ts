/** COINr `i_median`. @module */
import { median } from '../../stats/median.ts';

/**
 * Replaces missing values with the median of the available ones.
 * @param x - values, NaN = missing
 * @returns a new column
 * @example iMedian([1, NaN, 2, 10]) // => [1, 2, 2, 10]
 */
export function iMedian(x: ArrayLike<number>): Float64Array {
  const out = Float64Array.from(x);
  const m = median(out);
  for (let i = 0; i < out.length; i++) if (Number.isNaN(out[i])) out[i] = m;
  return out;
}
