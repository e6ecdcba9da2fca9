/** Ranks of a vector, as R's `rank(x, ties.method, na.last = "keep")`. @module */

export type TiesMethod = 'min' | 'max' | 'average';

/**
 * Ascending ranks (smallest = 1); NaN stays NaN.
 * @param x - values, NaN = missing
 * @param ties - how tied values share ranks (COINr default "min")
 * @returns ranks, one per value
 * @example rankValues([1, 2, 2, 3]) // => [1, 2, 2, 4]
 */
export function rankValues(x: ArrayLike<number>, ties: TiesMethod = 'min'): Float64Array {
  const n = x.length;
  const out = new Float64Array(n).fill(Number.NaN);
  const idx: number[] = [];
  for (let i = 0; i < n; i++) if (!Number.isNaN(x[i]!)) idx.push(i);
  idx.sort((a, b) => x[a]! - x[b]!);
  let start = 0;
  while (start < idx.length) {
    let end = start;
    const v = x[idx[start]!]!;
    while (end + 1 < idx.length && x[idx[end + 1]!]! === v) end++;
    const r = ties === 'min' ? start + 1 : ties === 'max' ? end + 1 : (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) out[idx[k]!] = r;
    start = end + 1;
  }
  return out;
}
