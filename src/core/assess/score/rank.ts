/**
 * Ranks as COINr gives them: highest score first, ties share the best rank.
 * @module
 */

/**
 * Ranks scores descending with ties at the minimum rank; missing scores get null.
 *
 * @example
 * rankDescending([50, 80, 50, Number.NaN]); // [2, 1, 2, null]
 */
export function rankDescending(scores: ArrayLike<number>): (number | null)[] {
  const out: (number | null)[] = [];
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    if (!Number.isFinite(s)) {
      out.push(null);
      continue;
    }
    let better = 0;
    for (let j = 0; j < scores.length; j++) if (scores[j]! > s) better++;
    out.push(better + 1);
  }
  return out;
}

/** A finite number, or null (NaN never reaches the benchmark). */
export const orNull = (x: number | undefined): number | null => (x === undefined || !Number.isFinite(x) ? null : x);
