/** COINr's `check_SkewKurt`: the outlier pass test. @module */
import { skewKurt } from './skew-kurt.ts';

export interface SkewKurtCheck {
  pass: boolean;
  skew: number;
  kurt: number;
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
