/** COINr `outrankMatrix`. @module */

/** Sum with Neumaier compensation (R's sum() accumulates in extended precision). */
function addTo(acc: [number, number], v: number): void {
  const t = acc[0] + v;
  acc[1] += Math.abs(acc[0]) >= Math.abs(v) ? acc[0] - t + v : v - t + acc[0];
  acc[0] = t;
}

/**
 * Outranking matrix over units, as COINr 1.1.14 computes it: for a < b,
 * `O[a][b] = (sum of w where xa > xb) + (sum of w where xa = xb)/2`, with w
 * scaled to sum to 1 and comparisons with a missing value left out; then
 * `O[b][a] = 1 - O[a][b]`, so a pair is computed once and exactly 0.5 stays a tie.
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
  for (let k = 0; k < cols.length; k++) if (!Number.isNaN(w[k]!)) sw += w[k]!;
  const wk = Array.from({ length: cols.length }, (_, k) => w[k]! / sw);
  const out = new Float64Array(n * n);
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const gt: [number, number] = [0, 0];
      const eq: [number, number] = [0, 0];
      for (let k = 0; k < cols.length; k++) {
        const xa = cols[k]![a]!;
        const xb = cols[k]![b]!;
        if (xa > xb) addTo(gt, wk[k]!);
        else if (xa === xb) addTo(eq, wk[k]!);
      }
      const o = gt[0] + gt[1] + (eq[0] + eq[1]) / 2;
      out[a * n + b] = o;
      out[b * n + a] = 1 - o;
    }
  }
  return out;
}
