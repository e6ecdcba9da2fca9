/**
 * The output variance of a Saltelli design, as COINr's SA_estimate takes it.
 * @module
 */

/**
 * @param yA - outputs of the rows of matrix A
 * @param yB - outputs of the rows of matrix B
 * @returns the sample variance (n - 1) of yA and yB together
 * @example sobolVariance([1, 2], [3, 4]) // => 1.6666666666666667
 */
export function sobolVariance(yA: ArrayLike<number>, yB: ArrayLike<number>): number {
  const n = yA.length + yB.length;
  let sum = 0;
  for (let i = 0; i < yA.length; i++) sum += yA[i]!;
  for (let i = 0; i < yB.length; i++) sum += yB[i]!;
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < yA.length; i++) ss += (yA[i]! - mean) ** 2;
  for (let i = 0; i < yB.length; i++) ss += (yB[i]! - mean) ** 2;
  return ss / (n - 1);
}
