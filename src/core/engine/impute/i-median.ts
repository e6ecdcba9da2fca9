/** COINr `i_median`. @module */

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

/** Median of the non-missing values (mean of the middle two for an even count). */
export function median(x: ArrayLike<number>): number {
  const v = Float64Array.from(x)
    .filter((a) => !Number.isNaN(a))
    .sort();
  const n = v.length;
  if (n === 0) return Number.NaN;
  return n % 2 ? v[(n - 1) / 2]! : (v[n / 2 - 1]! + v[n / 2]!) / 2;
}
