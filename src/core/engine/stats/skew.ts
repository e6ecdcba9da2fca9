/**
 * Sample skewness, e1071 "type 2" (G1, Excel's SKEW), as COINr's `skew()`.
 * Missing values (NaN) are ignored.
 * @module
 */
import { skewKurt } from './skew-kurt.ts';

/**
 * @param x - values, NaN = missing
 * @returns G1 skewness, or NaN with fewer than 3 values
 * @example skew([1, 2, 2, 3, 5, 8, 13, 100, 4, 6]) // => 3.0837746956124...
 */
export function skew(x: ArrayLike<number>): number {
  return skewKurt(x)[0];
}
