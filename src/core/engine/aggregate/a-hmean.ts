/** COINr `a_hmean`. @module */

/**
 * Weighted harmonic mean `sum(w)/sum(w/x)`; missing x skipped, weights
 * renormalised. Undefined for x <= 0 (returns NaN; the stage reports it).
 * @param x - values, NaN = missing
 * @param w - weights
 * @param n - how many entries to use (default all)
 * @returns the mean
 * @example aHmean([50, 20, NaN, 80], [1, 2, 3, 1]) // => 30.188679245283
 */
export function aHmean(x: ArrayLike<number>, w: ArrayLike<number>, n = x.length): number {
  let sw = 0;
  let swx = 0;
  for (let i = 0; i < n; i++) {
    const v = x[i]!;
    if (!Number.isNaN(v)) {
      if (v <= 0) return Number.NaN;
      sw += w[i]!;
      swx += w[i]! / v;
    }
  }
  return sw === 0 ? Number.NaN : sw / swx;
}
