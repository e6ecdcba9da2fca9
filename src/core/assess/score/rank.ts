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
  const order: number[] = [];
  for (let i = 0; i < scores.length; i++) if (Number.isFinite(scores[i]!)) order.push(i);
  order.sort((a, b) => scores[b]! - scores[a]!);
  const out: (number | null)[] = Array.from({ length: scores.length }, () => null);
  order.forEach((row, k) => {
    const prev = k > 0 ? order[k - 1]! : -1;
    out[row] = prev >= 0 && scores[prev] === scores[row] ? out[prev]! : k + 1;
  });
  return out;
}

/** A finite number, or null (NaN never reaches the benchmark). */
export const orNull = (x: number | undefined): number | null =>
  x === undefined || !Number.isFinite(x) ? null : x;
