/** COINr `a_gmean`. @module */

/**
 * Weighted geometric mean `exp(sum(w ln x)/sum(w))`; missing x skipped,
 * weights renormalised. Undefined for x <= 0: returns NaN, and the aggregate
 * stage reports such a value as a problem before calling this.
 * @param x - values, NaN = missing
 * @param w - weights
 * @param n - how many entries to use (default all)
 * @returns the mean
 * @example aGmean([50, 20, NaN, 80], [1, 2, 3, 1]) // => 35.5655882007784
 */
export function aGmean(x: ArrayLike<number>, w: ArrayLike<number>, n = x.length): number {
  let sw = 0;
  let swl = 0;
  for (let i = 0; i < n; i++) {
    const v = x[i]!;
    if (!Number.isNaN(v)) {
      if (v <= 0) return Number.NaN;
      sw += w[i]!;
      swl += w[i]! * Math.log(v);
    }
  }
  return sw === 0 ? Number.NaN : Math.exp(swl / sw);
}
