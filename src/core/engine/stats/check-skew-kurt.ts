/** COINr's `check_SkewKurt`: the outlier pass test. @module */
import { skewKurt } from './skew-kurt.ts';

export interface SkewKurtCheck {
  pass: boolean;
  skew: number;
  kurt: number;
}

/**
 * R's verdict `(abs(skew) < s) | (kurt < k)` with its NA logic: true when
 * either test holds, undefined (R's NA) when neither holds and one is NaN.
 * @param c - a check's skew and kurtosis
 * @param skewThresh - absolute skewness limit
 * @param kurtThresh - excess kurtosis limit
 * @returns true, false, or undefined for NA
 * @example rVerdict({ skew: Number.NaN, kurt: Number.NaN }, 2, 3.5) // => undefined
 */
export function rVerdict(
  c: { skew: number; kurt: number },
  skewThresh: number,
  kurtThresh: number,
): boolean | undefined {
  if (Math.abs(c.skew) < skewThresh || c.kurt < kurtThresh) return true;
  return Number.isNaN(c.skew) || Number.isNaN(c.kurt) ? undefined : false;
}

/**
 * An indicator passes when |skew| < skewThresh OR kurt < kurtThresh; it is
 * treated only when both limits are reached.
 * @param x - values, NaN = missing
 * @param skewThresh - absolute skewness limit (COINr default 2)
 * @param kurtThresh - excess kurtosis limit (COINr default 3.5)
 * @returns the verdict with the skewness and kurtosis found
 * @example checkSkewKurt([1, 2, 2, 3, 5, 8, 13, 100, 4, 6]).pass // => false
 */
export function checkSkewKurt(
  x: ArrayLike<number>,
  skewThresh = 2,
  kurtThresh = 3.5,
): SkewKurtCheck {
  const [s, k] = skewKurt(x);
  // too few points to judge: leave the indicator alone
  if (Number.isNaN(s) || Number.isNaN(k)) return { pass: true, skew: s, kurt: k };
  return { pass: Math.abs(s) < skewThresh || k < kurtThresh, skew: s, kurt: k };
}
