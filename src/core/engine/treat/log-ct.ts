/** COINr `log_CT`. @module */
import { minMax } from '../stats/min-max.ts';

/**
 * COIN Tool log, modified: `log(x - min + 0.01 (max - min))`.
 * @param x - values, NaN = missing
 * @returns transformed values
 * @example logCT([1, 2, 101])[0] // => log(1) = 0
 */
export function logCT(x: ArrayLike<number>): Float64Array {
  const [lo, hi] = minMax(x);
  const a = 0.01 * (hi - lo);
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = Math.log(x[i]! - lo + a);
  return out;
}
