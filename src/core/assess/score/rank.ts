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
  const negated = Float64Array.from(scores, (s) => (Number.isFinite(s) ? -s : Number.NaN));
  return Array.from(rankValues(negated, 'min'), (r) => (Number.isNaN(r) ? null : r));
}

/** A finite number, or null (NaN never reaches the benchmark). */
export const orNull = (x: number | undefined): number | null =>
  x === undefined || !Number.isFinite(x) ? null : x;
