/**
 * Bootstrap intervals of the Sobol indices, as COINr's SA_estimate with
 * Nboot: rows of the design resampled with replacement, indices recomputed,
 * 5th and 95th percentiles (R type 7) taken.
 * @module
 */
import { quantileType7 } from '../../stats/quantile-type7.ts';
import { sobolFirstOrder } from './sobol-first-order.ts';
import { sobolTotalOrder } from './sobol-total-order.ts';
import { sobolVariance } from './sobol-variance.ts';

export interface SobolInterval {
  firstQ5: number;
  firstQ95: number;
  totalQ5: number;
  totalQ95: number;
}

/**
 * @param yA - outputs of matrix A
 * @param yB - outputs of matrix B
 * @param yABi - outputs of A with column i from B
 * @param nboot - number of resamples
 * @param rand - a seeded U(0, 1) generator
 * @returns 5-95% intervals of the first-order and total indices
 * @example sobolBootstrap(yA, yB, yAB1, 500, mulberry32(1)).totalQ95
 */
export function sobolBootstrap(
  yA: ArrayLike<number>,
  yB: ArrayLike<number>,
  yABi: ArrayLike<number>,
  nboot: number,
  rand: () => number,
): SobolInterval {
  const n = yA.length;
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  const ab = new Float64Array(n);
  const first = new Float64Array(nboot);
  const total = new Float64Array(nboot);
  for (let k = 0; k < nboot; k++) {
    for (let j = 0; j < n; j++) {
      const r = Math.floor(rand() * n);
      a[j] = yA[r]!;
      b[j] = yB[r]!;
      ab[j] = yABi[r]!;
    }
    const v = sobolVariance(a, b);
    first[k] = sobolFirstOrder(a, b, ab, v);
    total[k] = sobolTotalOrder(a, ab, v);
  }
  first.sort();
  total.sort();
  return {
    firstQ5: quantileType7(first, 0.05),
    firstQ95: quantileType7(first, 0.95),
    totalQ5: quantileType7(total, 0.05),
    totalQ95: quantileType7(total, 0.95),
  };
}
