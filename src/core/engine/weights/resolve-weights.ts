/**
 * Resolves the weight of every tree iCode from the spec: a set (iMeta's
 * "Original", "Equal", or a named set), then per-level overrides.
 * @module
 */
import type { EngineIssue } from '../../contract/issue.ts';
import type { WeightsSpec } from '../spec.ts';
import type { CompiledTree } from '../tree/compile-tree.ts';

/**
 * @param tree - the compiled tree (iMeta weights)
 * @param spec - the `weights` key of the pipeline spec (absent = iMeta weights)
 * @returns weight by iCode, or problems (unknown set or iCode, children weights summing to zero)
 * @example resolveWeights(tree, { levels: { '2': { Physical: 2 } } })
 */
export function resolveWeights(
  tree: CompiledTree,
  spec: WeightsSpec | undefined,
): { ok: true; weights: Map<string, number> } | { ok: false; issues: EngineIssue[] } {
  const problems: EngineIssue[] = [];
  const weights = new Map<string, number>();
  for (const [code, row] of tree.rows) weights.set(code, row.Weight);
  const s = typeof spec === 'string' ? { set: spec } : (spec ?? {});
  const sets = s.sets ?? {};
  const apply = (name: string, level: number | undefined, where: string) => {
    if (name === 'Original') {
      for (const [code, row] of tree.rows)
        if (level === undefined || row.Level === level) weights.set(code, row.Weight);
      return;
    }
    if (name === 'Equal') {
      for (const [code, row] of tree.rows)
        if (level === undefined || row.Level === level) weights.set(code, 1);
      return;
    }
    const set = sets[name];
    if (!set) {
      problems.push({
        code: 'unknown_method',
        path: 'weights',
        severity: 'error',
        message: `${where}: weight set "${name}" is not defined; expected Original, Equal or one of: ${Object.keys(sets).join(', ') || '(no sets given)'}`,
      });
      return;
    }
    setMap(set, level, where);
  };
  const setMap = (map: Record<string, number>, level: number | undefined, where: string) => {
    for (const [code, w] of Object.entries(map)) {
      const row = tree.rows.get(code);
      if (!row) {
        problems.push({
          code: 'unknown_icode',
          path: 'weights',
          severity: 'error',
          iCode: code,
          message: `${where}: "${code}" is not an iCode of the tree`,
        });
      } else if (level !== undefined && row.Level !== level) {
        problems.push({
          code: 'unknown_icode',
          path: 'weights',
          severity: 'error',
          iCode: code,
          message: `${where}: "${code}" is at level ${row.Level}, not level ${level}`,
        });
      } else weights.set(code, w);
    }
  };
  if (s.set !== undefined) apply(s.set, undefined, 'weights.set');
  for (const [key, v] of Object.entries(s.levels ?? {})) {
    const level = Number(key);
    if (typeof v === 'string') apply(v, level, `weights.levels.${key}`);
    else setMap(v, level, `weights.levels.${key}`);
  }
  for (const nodes of tree.byLevel.values()) {
    for (const node of nodes) {
      let sum = 0;
      for (const c of node.children) sum += weights.get(c) ?? 0;
      if (!(Math.abs(sum) > 0)) {
        problems.push({
          code: 'zero_weights',
          path: 'weights',
          severity: 'error',
          iCode: node.iCode,
          message: `weights of the children of "${node.iCode}" (${node.children.join(', ')}) sum to ${sum}; expected a non-zero sum`,
        });
      }
    }
  }
  return problems.length > 0 ? { ok: false, issues: problems } : { ok: true, weights };
}
