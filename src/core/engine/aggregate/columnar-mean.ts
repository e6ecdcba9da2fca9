/**
 * Weighted arithmetic, geometric and harmonic means over columns at once: the
 * same sums as aAmean / aGmean / aHmean, in the same order (so bit-identical),
 * but accumulated column by column, which is what makes large trees fast.
 * @module
 */

export type MeanKind = 'a_amean' | 'a_gmean' | 'a_hmean';

/**
 * @param cols - child columns, one value per unit, NaN = missing
 * @param w - child weights
 * @param kind - which mean
 * @returns one mean per unit (NaN when no child is available, or for x <= 0 under gmean/hmean)
 * @example columnarMean([Float64Array.of(50), Float64Array.of(20)], [1, 2], 'a_amean') // => [30]
 */
export function columnarMean(
  cols: readonly Float64Array[],
  w: ArrayLike<number>,
  kind: MeanKind,
): Float64Array {
  const n = cols[0]?.length ?? 0;
  const sw = new Float64Array(n);
  const acc = new Float64Array(n);
  for (let j = 0; j < cols.length; j++) {
    const c = cols[j]!;
    const wj = w[j]!;
    if (kind === 'a_amean') {
      for (let u = 0; u < n; u++) {
        const v = c[u]!;
        if (!Number.isNaN(v)) {
          sw[u]! += wj;
          acc[u]! += wj * v;
        }
      }
    } else if (kind === 'a_gmean') {
      for (let u = 0; u < n; u++) {
        const v = c[u]!;
        if (!Number.isNaN(v)) {
          sw[u]! += wj;
          acc[u]! += v > 0 ? wj * Math.log(v) : Number.NaN;
        }
      }
    } else {
      for (let u = 0; u < n; u++) {
        const v = c[u]!;
        if (!Number.isNaN(v)) {
          sw[u]! += wj;
          acc[u]! += v > 0 ? wj / v : Number.NaN;
        }
      }
    }
  }
  const out = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const s = sw[u]!;
    const a = acc[u]!;
    out[u] =
      s === 0
        ? Number.NaN
        : kind === 'a_amean'
          ? a / s
          : kind === 'a_gmean'
            ? Math.exp(a / s)
            : s / a;
  }
  return out;
}
