/** COINr `n_zscore`. @module */
import { meanSd } from '../../stats/mean-sd.ts';

/**
 * Z-score with target mean m and sd s: `(x - mean)/sd * s + m`, sample sd (n - 1).
 * @param x - direction-adjusted values, NaN = missing
 * @param mSd - [m, s], default [0, 1]
 * @returns standardised values
 * @example nZscore(new Float64Array([1, 2, 3])) // => [-1, 0, 1]
 */
export function nZscore(x: Float64Array, mSd: readonly [number, number] = [0, 1]): Float64Array {
  const [mean, sd] = meanSd(x);
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = ((x[i]! - mean) / sd) * mSd[1] + mSd[0];
  return out;
}
