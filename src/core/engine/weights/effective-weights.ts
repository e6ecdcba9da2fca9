/** COINr `get_eff_weights`: each iCode's share of the index through the tree. @module */
import type { CompiledTree } from '../tree/compile-tree.ts';

/**
 * Effective weight = own weight / sum of siblings' weights, times the parent's
 * effective weight; the index has 1.
 * @param tree - the compiled tree
 * @param weights - weight by iCode (e.g. from resolveWeights)
 * @returns effective weight by iCode; indicators under one parent sum to the parent's
 * @example effectiveWeights(tree, weights).get('LPI') // => 1/8 * 1/5 * 1/2 for ASEM
 */
export function effectiveWeights(
  tree: CompiledTree,
  weights: ReadonlyMap<string, number>,
): Map<string, number> {
  const eff = new Map<string, number>([[tree.indexCode, 1]]);
  const levels = [...tree.levels].reverse();
  for (const level of levels) {
    for (const node of tree.byLevel.get(level) ?? []) {
      const parent = eff.get(node.iCode) ?? 0;
      let sum = 0;
      for (const c of node.children) sum += weights.get(c) ?? 0;
      for (const c of node.children) eff.set(c, (parent * (weights.get(c) ?? 0)) / sum);
    }
  }
  return eff;
}
