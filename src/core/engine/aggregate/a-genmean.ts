/** COINr `a_genmean`. @module */

/**
 * Weighted generalised (power) mean `(sum(w x^p)/sum(w))^(1/p)`. As in COINr,
 * any missing x gives NaN (COINr's sum has no na.rm), and x <= 0 is undefined.
 * @param x - values, NaN = missing
 * @param w - weights
 * @param p - the power (not 0)
 * @param n - how many entries to use (default all)
 * @returns the mean
 * @example aGenmean([50, 20, 40, 80], [1, 2, 3, 1], -1) // => 33.7349397590361
 */
export function aGenmean(
  x: ArrayLike<number>,
  w: ArrayLike<number>,
  p: number,
  n = x.length,
): number {
  let sw = 0;
  let swx = 0;
  for (let i = 0; i < n; i++) {
    const v = x[i]!;
    if (Number.isNaN(v) || v <= 0) return Number.NaN;
    sw += w[i]!;
    swx += w[i]! * v ** p;
  }
  return sw === 0 ? Number.NaN : (swx / sw) ** (1 / p);
}
