/**
 * Noisy weight sets, as COINr's get_noisy_weights: each weight at the given
 * levels multiplied by 1 + noise * U(-1, 1).
 * @module
 */
import type { CompiledTree } from '../tree/compile-tree.ts';

/**
 * @param tree - the compiled tree
 * @param nominal - the nominal weight of every iCode (resolveWeights)
 * @param noise - relative noise, e.g. 0.25 for +-25%
 * @param levels - the levels whose weights get noise
 * @param count - how many sets to draw
 * @param rand - a seeded U(0, 1) generator
 * @returns `count` weight maps per level ("2" -> iCode -> weight), ready for `weights.levels`
 * @example noisyWeightSets(tree, w, 0.25, [2], 100, mulberry32(1))[0] // => { '2': { Physical: 1.13, ... } }
 */
export function noisyWeightSets(
  tree: CompiledTree,
  nominal: ReadonlyMap<string, number>,
  noise: number,
  levels: readonly number[],
  count: number,
  rand: () => number,
): Record<string, Record<string, number>>[] {
  const sets: Record<string, Record<string, number>>[] = [];
  for (let k = 0; k < count; k++) {
    const set: Record<string, Record<string, number>> = {};
    for (const level of levels) {
      const codes = [...tree.rows.values()].filter((r) => r.Level === level).map((r) => r.iCode);
      if (codes.length === 0) continue;
      const m: Record<string, number> = {};
      for (const code of codes) m[code] = (nominal.get(code) ?? 0) * (1 + noise * (2 * rand() - 1));
      set[String(level)] = m;
    }
    sets.push(set);
  }
  return sets;
}
