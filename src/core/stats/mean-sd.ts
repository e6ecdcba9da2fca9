/** Mean and sample standard deviation (n - 1) of the non-missing values. @module */

/**
 * @param x - values, NaN = missing
 * @returns [mean, sd]; sd is NaN with fewer than 2 values
 * @example meanSd([1, 2, 3]) // => [2, 1]
 */
export function meanSd(x: ArrayLike<number>): [number, number] {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (!Number.isNaN(v)) {
      n++;
      sum += v;
    }
  }
  if (n === 0) return [Number.NaN, Number.NaN];
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (!Number.isNaN(v)) ss += (v - mean) * (v - mean);
  }
  return [mean, n > 1 ? Math.sqrt(ss / (n - 1)) : Number.NaN];
}
