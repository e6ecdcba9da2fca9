/** COINr `log_CT_plus`. @module */
import { minMax } from '../stats/min-max.ts';
import { skew } from '../stats/skew.ts';

/**
 * Log that follows the skew: with a = 0.01 (max - min), skew >= 0 gives
 * `log(x - min + a)`, negative skew gives `-log(max + a - x)`.
 * @param x - values, NaN = missing
 * @returns transformed values
 * @example logCTPlus([-1, -2, -100])[0] // => -log(0.99)
 */
export function logCTPlus(x: ArrayLike<number>): Float64Array {
  const [lo, hi] = minMax(x);
  const a = 0.01 * (hi - lo);
  return skew(x) >= 0
    ? Float64Array.from(x, (v) => Math.log(v - lo + a))
    : Float64Array.from(x, (v) => -Math.log(hi + a - v));
}
