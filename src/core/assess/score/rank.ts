/**
 * Ranks as COINr gives them: highest score first, ties share the best rank.
 * @module
 */
import { rankValues } from '../../stats/rank-values.ts';

/**
 * Ranks scores descending with ties at the minimum rank; missing scores get null.
 *
 * @example
 * rankDescending([50, 80, 50, Number.NaN]); // [2, 1, 2, null]
 */
export function rankDescending(scores: ArrayLike<number>): (number | null)[] {
  // plain loops: Array.from over a typed array steps an iterator, one result object per value
  const n = scores.length;
  const negated = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = scores[i]!;
    negated[i] = Number.isFinite(s) ? -s : Number.NaN;
  }
  const ranks = rankValues(negated, 'min');
  const out: (number | null)[] = [];
  for (let i = 0; i < ranks.length; i++) out.push(Number.isNaN(ranks[i]!) ? null : ranks[i]!);
  return out;
}

/** A finite number, or null (NaN never reaches the benchmark). */
export const orNull = (x: number | undefined): number | null =>
  x === undefined || !Number.isFinite(x) ? null : x;
