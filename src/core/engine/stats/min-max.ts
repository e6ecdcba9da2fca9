/** Minimum and maximum of the non-missing values. @module */

/**
 * @param x - values, NaN = missing
 * @returns [min, max], both NaN when nothing is available
 * @example minMax([3, NaN, -2]) // => [-2, 3]
 */
export function minMax(x: ArrayLike<number>): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo > hi ? [Number.NaN, Number.NaN] : [lo, hi];
}
