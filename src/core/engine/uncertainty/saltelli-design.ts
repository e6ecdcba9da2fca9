/**
 * Saltelli's sampling design: matrices A and B of U(0, 1) draws and, for each
 * input i, A with column i taken from B. N (d + 2) rows in all.
 * @module
 */

/**
 * @param n - base sample size N
 * @param d - number of inputs
 * @param rand - a seeded U(0, 1) generator (e.g. mulberry32)
 * @returns rows in COINr's order [A; B; AB_1; ...; AB_d], each a point of length d
 * @example saltelliDesign(100, 4, mulberry32(1)).length // => 600
 */
export function saltelliDesign(n: number, d: number, rand: () => number): Float64Array[] {
  const a = Array.from({ length: n }, () => Float64Array.from({ length: d }, rand));
  const b = Array.from({ length: n }, () => Float64Array.from({ length: d }, rand));
  const rows = [...a, ...b];
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < n; j++) {
      const r = Float64Array.from(a[j]!);
      r[i] = b[j]![i]!;
      rows.push(r);
    }
  }
  return rows;
}
