/** COINr `n_dist2ref`. @module */
import { minMax } from '../stats/min-max.ts';

/**
 * Distance to a reference unit's value: `1 - (ref - x)/(ref - min)`, optionally capped at 1.
 * @param x - direction-adjusted values, NaN = missing
 * @param iref - 0-based position of the reference unit
 * @param capMax - cap values above 1 at 1
 * @returns scores (NaN everywhere when the reference value is missing)
 * @example nDist2ref(new Float64Array([0, 4, 8]), 1) // => [0, 1, 2]
 */
export function nDist2ref(x: Float64Array, iref: number, capMax = false): Float64Array {
  const [lo] = minMax(x);
  const ref = x[iref] ?? Number.NaN;
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const y = 1 - (ref - x[i]!) / (ref - lo);
    out[i] = capMax && y > 1 ? 1 : y;
  }
  return out;
}
