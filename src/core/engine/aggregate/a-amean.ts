/** COINr `a_amean`. @module */

/**
 * Weighted arithmetic mean `sum(w x)/sum(w)`; missing x are skipped and the
 * remaining weights renormalised.
 * @param x - values, NaN = missing
 * @param w - weights, same length
 * @param n - how many entries to use (default all); lets callers reuse a buffer
 * @returns the mean, NaN when nothing is available
 * @example aAmean([50, 20, NaN, 80], [1, 2, 3, 1]) // => 42.5
 */
export function aAmean(x: ArrayLike<number>, w: ArrayLike<number>, n = x.length): number {
  let sw = 0;
  let swx = 0;
  for (let i = 0; i < n; i++) {
    const v = x[i]!;
    if (!Number.isNaN(v)) {
      sw += w[i]!;
      swx += w[i]! * v;
    }
  }
  return sw === 0 ? Number.NaN : swx / sw;
}
