/**
 * Sample skewness, e1071 "type 2" (G1, Excel's SKEW), as COINr's `skew()`.
 * Missing values (NaN) are ignored.
 * @module
 */

/**
 * @param x - values, NaN = missing
 * @returns G1 skewness, or NaN with fewer than 3 values
 * @example skew([1, 2, 2, 3, 5, 8, 13, 100, 4, 6]) // => 3.0837746956124...
 */
export function skew(x: ArrayLike<number>): number {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (!Number.isNaN(v)) {
      n++;
      sum += v;
    }
  }
  if (n < 3) return Number.NaN;
  const mean = sum / n;
  let s2 = 0;
  let s3 = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (!Number.isNaN(v)) {
      const d = v - mean;
      const d2 = d * d;
      s2 += d2;
      s3 += d2 * d;
    }
  }
  return ((Math.sqrt(n) * s3) / s2 ** 1.5) * (Math.sqrt(n * (n - 1)) / (n - 2));
}
