/**
 * Maps a U(0, 1) draw to one of k discrete alternatives, as COINr does: the
 * unit interval cut into k equal bins.
 * @module
 */

/**
 * @param u - a draw in [0, 1)
 * @param k - number of alternatives (>= 1)
 * @returns the 0-based alternative index
 * @example pickAlternative(0.74, 2) // => 1
 */
export function pickAlternative(u: number, k: number): number {
  return Math.min(k - 1, Math.max(0, Math.floor(u * k)));
}
