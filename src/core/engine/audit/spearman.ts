/** Spearman rank correlation over pairwise-complete observations. @module */

import { pearson } from '../../stats/pearson.ts';
import { rankValues } from '../../stats/rank-values.ts';

/**
 * @param x - values, NaN = missing
 * @param y - values, same length
 * @returns the Pearson correlation of the average ranks of the rows where both exist (R's cor, method = "spearman", use = "pairwise.complete.obs")
 * @example spearman([1, 2, 3], [2, 4, 70]) // => 1
 */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(x[i]!) || Number.isNaN(y[i]!)) continue;
    xs.push(x[i]!);
    ys.push(y[i]!);
  }
  return pearson(rankValues(xs, 'average'), rankValues(ys, 'average'));
}
