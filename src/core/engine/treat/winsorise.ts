/** COINr `winsorise`. @module */
import { checkSkewKurt, rVerdict } from '../stats/check-skew-kurt.ts';

export interface WinsoriseResult {
  x: Float64Array;
  /** Points tied at the clipped extremes after the last pass (COINr's count). */
  nwin: number;
  /** Rows of those points. */
  rows: number[];
  /**
   * A pass left skew or kurtosis undefined (e.g. every value equal): COINr
   * errors there and returns the indicator untreated.
   */
  undecided: boolean;
}

/**
 * While the pass test fails and fewer than winmax points are clipped: if skew
 * >= 0 every point equal to the maximum takes the next-highest value,
 * otherwise every point equal to the minimum takes the next-lowest.
 * @param x - values, NaN = missing
 * @param winmax - maximum number of points (default 5)
 * @param skewThresh - absolute skew limit (default 2)
 * @param kurtThresh - kurtosis limit (default 3.5)
 * @returns the winsorised column, the count and the rows
 * @example winsorise([1, 2, 2, 3, 5, 8, 13, 100, 4, 6]).x // => [1, 2, 2, 3, 5, 8, 13, 13, 4, 6]
 */
export function winsorise(
  x: ArrayLike<number>,
  winmax = 5,
  skewThresh = 2,
  kurtThresh = 3.5,
): WinsoriseResult {
  const out = Float64Array.from(x);
  let hi: number[] = [];
  let lo: number[] = [];
  let nwin = 0;
  let check = checkSkewKurt(out, skewThresh, kurtThresh);
  let undecided = false;
  while (!check.pass && nwin < winmax) {
    const high = check.skew >= 0;
    let ext = high ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    for (let i = 0; i < out.length; i++) {
      const v = out[i]!;
      if (high ? v > ext : v < ext) ext = v;
    }
    const at: number[] = [];
    let next = high ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    for (let i = 0; i < out.length; i++) {
      const v = out[i]!;
      if (v === ext) at.push(i);
      else if (!Number.isNaN(v) && (high ? v > next : v < next)) next = v;
    }
    if (!Number.isFinite(next)) break;
    for (const i of at) out[i] = next;
    if (high) hi = at;
    else lo = at;
    nwin = hi.length + lo.length;
    check = checkSkewKurt(out, skewThresh, kurtThresh);
    if (rVerdict(check, skewThresh, kurtThresh) === undefined) {
      undecided = true;
      break;
    }
  }
  return { x: out, nwin, rows: [...hi, ...lo].sort((a, b) => a - b), undecided };
}
