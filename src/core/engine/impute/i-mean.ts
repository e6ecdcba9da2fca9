/** COINr `i_mean`. @module */

/**
 * Replaces missing values with the mean of the available ones.
 * @param x - values, NaN = missing
 * @returns a new column
 * @example iMean([3, NaN, 5]) // => [3, 4, 5]
 */
export function iMean(x: ArrayLike<number>): Float64Array {
  const out = Float64Array.from(x);
  let n = 0;
  let s = 0;
  for (let i = 0; i < out.length; i++) {
    const v = out[i]!;
    if (!Number.isNaN(v)) {
      n++;
      s += v;
    }
  }
  const m = n > 0 ? s / n : Number.NaN;
  for (let i = 0; i < out.length; i++) if (Number.isNaN(out[i])) out[i] = m;
  return out;
}
