/** Skewness and kurtosis together in two passes, for the treatment loop. @module */

/**
 * The same values as `skew(x)` and `kurt(x)` (e1071 type 2), computed together.
 * @param x - values, NaN = missing
 * @returns [skew, kurt]; NaN where too few values (3 for skew, 4 for kurt)
 * @example skewKurt([1, 2, 2, 3, 5, 8, 13, 100, 4, 6]) // => [3.08.., 9.62..]
 */
export function skewKurt(x: ArrayLike<number>): [number, number] {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (!Number.isNaN(v)) {
      n++;
      sum += v;
    }
  }
  const mean = sum / n;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (!Number.isNaN(v)) {
      const d = v - mean;
      const d2 = d * d;
      s2 += d2;
      s3 += d2 * d;
      s4 += d2 * d2;
    }
  }
  const skew =
    n < 3 ? Number.NaN : ((Math.sqrt(n) * s3) / s2 ** 1.5) * (Math.sqrt(n * (n - 1)) / (n - 2));
  const r = (n * s4) / (s2 * s2);
  const kurt = n < 4 ? Number.NaN : (((n + 1) * (r - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3));
  return [skew, kurt];
}
