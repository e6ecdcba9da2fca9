/** The median of the non-missing values. @module */

/**
 * @param x - values, NaN = missing
 * @returns the median of the non-missing values (mean of the middle two when even); NaN when none
 * @example median([3, Number.NaN, 1, 2]) // => 2
 */
export function median(x: ArrayLike<number>): number {
  const v = Float64Array.from(x)
    .filter((e) => !Number.isNaN(e))
    .sort();
  const n = v.length;
  if (n === 0) return Number.NaN;
  const h = n >> 1;
  return n % 2 ? v[h]! : (v[h - 1]! + v[h]!) / 2;
}
