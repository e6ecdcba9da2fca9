/** COINr `outrankMatrix`. @module */

/**
 * Outranking matrix over units: `O[a][b] = sum of w where xa > xb + half the
 * sum of w where xa = xb`, with w scaled to sum to 1. A comparison with a
 * missing value counts for neither unit.
 * @param cols - one column per indicator, each with one value per unit
 * @param w - indicator weights
 * @returns n x n matrix, row-major (diagonal 0)
 * @example outrankMatrix([[1, 2], [4, 3]], [1, 1]) // => [0, 0.5, 0.5, 0]
 */
export function outrankMatrix(
  cols: readonly ArrayLike<number>[],
  w: ArrayLike<number>,
): Float64Array {
  const n = cols[0]?.length ?? 0;
  let sw = 0;
  for (let k = 0; k < cols.length; k++) sw += w[k]!;
  const out = new Float64Array(n * n);
  for (let k = 0; k < cols.length; k++) {
    const c = cols[k]!;
    const wk = w[k]! / sw;
    const half = wk / 2;
    for (let a = 0; a < n; a++) {
      const xa = c[a]!;
      if (Number.isNaN(xa)) continue;
      const row = a * n;
      for (let b = 0; b < n; b++) {
        if (a === b) continue;
        const xb = c[b]!;
        if (xa > xb) out[row + b]! += wk;
        else if (xa === xb) out[row + b]! += half;
      }
    }
  }
  return out;
}
