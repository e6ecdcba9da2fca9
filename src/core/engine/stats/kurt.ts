/**
 * Sample excess kurtosis, e1071 "type 2" (G2, Excel's KURT), as COINr's `kurt()`.
 * Missing values (NaN) are ignored.
 * @module
 */

/**
 * @param x - values, NaN = missing
 * @returns G2 excess kurtosis, or NaN with fewer than 4 values
 * @example kurt([1, 2, 2, 3, 5, 8, 13, 100, 4, 6]) // => 9.6231642010165...
 */
export function kurt(x: ArrayLike<number>): number {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (!Number.isNaN(v)) {
      n++;
      sum += v;
    }
  }
  if (n < 4) return Number.NaN;
  const mean = sum / n;
  let s2 = 0;
  let s4 = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (!Number.isNaN(v)) {
      const d2 = (v - mean) * (v - mean);
      s2 += d2;
      s4 += d2 * d2;
    }
  }
  const r = (n * s4) / (s2 * s2);
  return (((n + 1) * (r - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3));
}
