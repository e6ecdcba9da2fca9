/** COINr `n_fracmax`. @module */
import { minMax } from '../stats/min-max.ts';

/**
 * Fraction of the maximum: `x / max`.
 * @param x - direction-adjusted values, NaN = missing
 * @returns scores
 * @example nFracmax(new Float64Array([1, 2, 4])) // => [0.25, 0.5, 1]
 */
export function nFracmax(x: Float64Array): Float64Array {
  const [, hi] = minMax(x);
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = x[i]! / hi;
  return out;
}
