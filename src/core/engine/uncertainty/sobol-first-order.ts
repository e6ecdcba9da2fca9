/**
 * First-order Sobol index, Saltelli et al. (2010) estimator, as COINr's SA_estimate.
 * @module
 */

/**
 * @param yA - outputs of matrix A (N rows)
 * @param yB - outputs of matrix B
 * @param yABi - outputs of A with column i taken from B
 * @param variance - the output variance (sobolVariance)
 * @returns Si = mean(yB * (yABi - yA)) / V
 * @example sobolFirstOrder([1, 2], [2, 1], [2, 2], 1) // => 0.5
 */
export function sobolFirstOrder(
  yA: ArrayLike<number>,
  yB: ArrayLike<number>,
  yABi: ArrayLike<number>,
  variance: number,
): number {
  const n = yA.length;
  let s = 0;
  for (let j = 0; j < n; j++) s += yB[j]! * (yABi[j]! - yA[j]!);
  return s / n / variance;
}
