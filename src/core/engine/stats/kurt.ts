/**
 * Sample excess kurtosis, e1071 "type 2" (G2, Excel's KURT), as COINr's `kurt()`.
 * Missing values (NaN) are ignored.
 * @module
 */
import { skewKurt } from './skew-kurt.ts';

/**
 * @param x - values, NaN = missing
 * @returns G2 excess kurtosis, or NaN with fewer than 4 values
 * @example kurt([1, 2, 2, 3, 5, 8, 13, 100, 4, 6]) // => 9.6231642010165...
 */
export function kurt(x: ArrayLike<number>): number {
  return skewKurt(x)[1];
}
