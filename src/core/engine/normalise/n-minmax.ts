/** COINr `n_minmax`. @module */
import { minMax } from '../stats/min-max.ts';

/**
 * Min-max scaling onto [l, u]: `(x - min)/(max - min) * (u - l) + l`.
 * A constant column gives NaN (COINr warns and does the same).
 * @param x - direction-adjusted values, NaN = missing
 * @param lU - [l, u], default [0, 100]
 * @returns scaled values
 * @example nMinmax(new Float64Array([3, 10, -2]), [0, 100]) // => [41.66.., 100, 0]
 */
export function nMinmax(x: Float64Array, lU: readonly [number, number] = [0, 100]): Float64Array {
  const [lo, hi] = minMax(x);
  const f = (lU[1] - lU[0]) / (hi - lo);
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = (x[i]! - lo) * f + lU[0];
  return out;
}
