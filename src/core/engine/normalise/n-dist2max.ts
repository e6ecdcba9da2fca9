/** COINr `n_dist2max`. @module */
import { minMax } from '../stats/min-max.ts';

/**
 * Distance to the maximum: `1 - (max - x)/(max - min)`.
 * @param x - direction-adjusted values, NaN = missing
 * @returns values in [0, 1]
 * @example nDist2max(new Float64Array([0, 5, 10])) // => [0, 0.5, 1]
 */
export function nDist2max(x: Float64Array): Float64Array {
  const [lo, hi] = minMax(x);
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = 1 - (hi - x[i]!) / (hi - lo);
  return out;
}
