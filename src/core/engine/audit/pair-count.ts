/** How many rows have both values. @module */

/**
 * @param x - values, NaN = missing
 * @param y - values, same length
 * @returns the number of rows where neither is missing
 * @example pairCount([1, Number.NaN, 3], [1, 2, 3]) // => 2
 */
export function pairCount(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let n = 0;
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]!) && !Number.isNaN(y[i]!)) n++;
  return n;
}
