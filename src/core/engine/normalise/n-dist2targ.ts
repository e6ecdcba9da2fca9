/** COINr `n_dist2targ`. @module */
import { minMax } from '../stats/min-max.ts';

/**
 * Distance to a target. Direction 1: `(x - min)/(targ - min)`; direction -1:
 * `(max - x)/(max - targ)`; optionally capped at 1. In the pipeline x and the
 * target arrive already multiplied by Direction, so direction stays 1 there.
 * @param x - values, NaN = missing
 * @param targ - the target
 * @param direction - 1 or -1
 * @param capMax - cap values above 1 at 1
 * @returns scores
 * @example nDist2targ(new Float64Array([0, 5, 20]), 10, 1, true) // => [0, 0.5, 1]
 */
export function nDist2targ(
  x: Float64Array,
  targ: number,
  direction = 1,
  capMax = false,
): Float64Array {
  const [lo, hi] = minMax(x);
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const y = direction === -1 ? (hi - x[i]!) / (hi - targ) : (x[i]! - lo) / (targ - lo);
    out[i] = capMax && y > 1 ? 1 : y;
  }
  return out;
}
