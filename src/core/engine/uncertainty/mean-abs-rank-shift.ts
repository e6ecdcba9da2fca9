/**
 * The scalar output of a sensitivity run: how far ranks moved from nominal.
 * @module
 */

/**
 * @param rank - ranks of one run
 * @param nominal - nominal ranks, same units' order
 * @returns the mean of |rank - nominal| over units ranked in both; NaN when none is
 * @example meanAbsRankShift(Float64Array.of(1, 3, 2), Float64Array.of(1, 2, 3)) // => 0.6666666666666666
 */
export function meanAbsRankShift(rank: ArrayLike<number>, nominal: ArrayLike<number>): number {
  let n = 0;
  let s = 0;
  for (let i = 0; i < rank.length; i++) {
    const d = Math.abs(rank[i]! - nominal[i]!);
    if (!Number.isNaN(d)) {
      n++;
      s += d;
    }
  }
  return n > 0 ? s / n : Number.NaN;
}
