/** Cronbach's alpha of a set of columns, as COINr's get_cronbach. @module */

/** Covariance over the rows where both values exist (R's cov, use = "pairwise.complete.obs"). */
function pairwiseCov(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let n = 0;
  let sa = 0;
  let sb = 0;
  for (let i = 0; i < a.length; i++) {
    if (Number.isNaN(a[i]!) || Number.isNaN(b[i]!)) continue;
    n++;
    sa += a[i]!;
    sb += b[i]!;
  }
  if (n < 2) return Number.NaN;
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    if (Number.isNaN(a[i]!) || Number.isNaN(b[i]!)) continue;
    s += (a[i]! - sa / n) * (b[i]! - sb / n);
  }
  return s / (n - 1);
}

/**
 * Covariances over pairwise-complete rows, COINr's default.
 * @param columns - the items, each of the same length (NaN = missing)
 * @returns k / (k - 1) * (1 - sum of item variances / sum of all covariances); NaN with fewer than 2 items
 * @example cronbachAlpha([[1, 2, 3], [1, 3, 2]]) // => 0.6666666666666666
 */
export function cronbachAlpha(columns: readonly ArrayLike<number>[]): number {
  const k = columns.length;
  if (k < 2) return Number.NaN;
  let diag = 0;
  let total = 0;
  for (let i = 0; i < k; i++) {
    for (let j = i; j < k; j++) {
      const c = pairwiseCov(columns[i]!, columns[j]!);
      if (i === j) diag += c;
      total += i === j ? c : 2 * c;
    }
  }
  return (k / (k - 1)) * (1 - diag / total);
}
