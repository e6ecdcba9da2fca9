/**
 * Total-order Sobol index, Jansen (1999) estimator, as COINr's SA_estimate.
 * @module
 */

/**
 * @param yA - outputs of matrix A (N rows)
 * @param yABi - outputs of A with column i taken from B
 * @param variance - the output variance (sobolVariance)
 * @returns STi = sum((yA - yABi)^2) / (2 N V)
 * @example sobolTotalOrder([1, 2], [2, 2], 1) // => 0.25
 */
export function sobolTotalOrder(
  yA: ArrayLike<number>,
  yABi: ArrayLike<number>,
  variance: number,
): number {
  const n = yA.length;
  let s = 0;
  for (let j = 0; j < n; j++) s += (yA[j]! - yABi[j]!) ** 2;
  return s / (2 * n * variance);
}
