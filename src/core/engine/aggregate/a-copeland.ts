/** COINr `a_copeland`. @module */
import { outrankMatrix } from './outrank-matrix.ts';

/**
 * Copeland scores: for each unit a, `sum over b != a of sign(O[a][b] - 0.5)`.
 * Non-compensatory: works across units, not one unit at a time.
 * @param cols - one column per indicator, each with one value per unit
 * @param w - indicator weights
 * @returns one score per unit
 * @example aCopeland([[1, 2, 3, 4], [4, 3, 2, 1], [2, 2, 5, 1]], [1, 1, 2]) // => [0, 0, 3, -3]
 */
export function aCopeland(cols: readonly ArrayLike<number>[], w: ArrayLike<number>): Float64Array {
  const n = cols[0]?.length ?? 0;
  const o = outrankMatrix(cols, w);
  const out = new Float64Array(n);
  for (let a = 0; a < n; a++) {
    let s = 0;
    for (let b = 0; b < n; b++) if (a !== b) s += Math.sign(o[a * n + b]! - 0.5);
    out[a] = s;
  }
  return out;
}
