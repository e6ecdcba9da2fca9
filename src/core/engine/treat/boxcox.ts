/** COINr `boxcox`. @module */
import { minMax } from '../stats/min-max.ts';

/**
 * Box-Cox with fixed lambda: `(x^lambda - 1)/lambda`, or `log(x)` for lambda 0;
 * with makepos the data are first shifted to `x - min + 1`.
 * @param x - values, NaN = missing
 * @param lambda - the Box-Cox parameter
 * @param makepos - shift to positive first (default true)
 * @returns transformed values
 * @example boxcox([1, 2, 5], 0.5) // => [0, 0.828.., 2]
 */
export function boxcox(x: ArrayLike<number>, lambda: number, makepos = true): Float64Array {
  const [lo] = minMax(x);
  const shift = makepos ? 1 - lo : 0;
  return Float64Array.from(x, (v) =>
    lambda === 0 ? Math.log(v + shift) : ((v + shift) ** lambda - 1) / lambda,
  );
}
