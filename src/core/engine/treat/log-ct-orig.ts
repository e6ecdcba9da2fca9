/** COINr `log_CT_orig`. @module */
import { minMax } from '../stats/min-max.ts';

/**
 * COIN Tool log: `log(x - min + 1)`.
 * @param x - values, NaN = missing
 * @returns transformed values
 * @example logCTOrig([1, 2])[1] // => Math.LN2
 */
export function logCTOrig(x: ArrayLike<number>): Float64Array {
  const [lo] = minMax(x);
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = Math.log(x[i]! - lo + 1);
  return out;
}
