/**
 * R's default quantile (type 7) of sorted values.
 * @module
 */

/**
 * @param sorted - finite values in ascending order
 * @param p - probability in [0, 1]
 * @returns the type-7 quantile (linear interpolation between order statistics); NaN when empty
 * @example quantileType7([1, 2, 3, 4], 0.05) // => 1.15
 */
export function quantileType7(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const a = sorted[lo]!;
  return a + (h - lo) * (sorted[hi]! - a);
}

/**
 * The median as R's `quantile(x, 0.5)` (type 7): the lower middle value plus half the gap to the
 * upper one. Equal to `median` in exact arithmetic; its last bit can differ from `median`'s
 * mean of the middle two, so the template checks and the assessment's imputation keep this form.
 * @param values - finite values, any order
 * @returns the type-7 median; NaN when empty
 * @example medianType7([3, 1, 2, 4]) // => 2.5
 */
export function medianType7(values: readonly number[]): number {
  return quantileType7(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}
