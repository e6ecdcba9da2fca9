/**
 * The Aggregate stage: level by level up the tree, a method per level,
 * missing children skipped with weights renormalised, an availability
 * threshold, and non-positive values under geometric, harmonic or power means
 * reported as problems naming the iCode and unit.
 * @module
 */
import type { EngineIssue } from '../../contract/issue.ts';
import type { AggregateSpec, AggregatorName, WeightsSpec } from '../spec.ts';
import type { Stage } from '../stage.ts';
import { resolveWeights } from '../weights/resolve-weights.ts';
import { AGGREGATOR_METHODS } from './registry.ts';

export interface AggregateArgs {
  aggregate: AggregateSpec;
  weights?: WeightsSpec;
}

/** Problems listed one by one; beyond this they are counted in one closing entry. */
const MAX_LISTED = 100;

/** The method of a level: a per-level entry, else the single method, else a_amean. */
export function methodForLevel(spec: AggregateSpec, level: number): AggregatorName {
  const m = spec.method;
  if (m === undefined) return 'a_amean';
  if (typeof m === 'string') return m;
  return m[String(level)] ?? 'a_amean';
}

/**
 * @param state - normalised indicator columns
 * @param args - the `aggregate` and `weights` keys of the spec
 * @param ctx - the compiled tree
 * @returns the Aggregated data set (indicators plus every aggregate), or problems
 * @example aggregateStage(state, { aggregate: { method: { '2': 'a_amean', '3': 'a_gmean' } } }, ctx)
 */
export const aggregateStage: Stage<AggregateArgs> = (state, args, ctx) => {
  const spec = args.aggregate;
  const w = resolveWeights(ctx.tree, args.weights);
  if (!w.ok) return w;
  const problems: EngineIssue[] = [];
  for (const key of typeof spec.method === 'object' ? Object.keys(spec.method) : []) {
    if (!ctx.tree.levels.includes(Number(key))) {
      problems.push({
        code: 'unknown_method',
        path: 'aggregate',
        severity: 'error',
        message: `aggregate.method names level ${key}, but the tree aggregates levels ${ctx.tree.levels.join(', ')}`,
      });
    }
  }
  if (problems.length > 0) return { ok: false, issues: problems };
  const n = state.data.units.length;
  const columns: Record<string, Float64Array> = { ...state.data.columns };
  const thresh = spec.dat_thresh ?? 0;
  const p = spec.params?.p ?? 2;
  const notes: string[] = [];
  let unlisted = 0;
  for (const level of ctx.tree.levels) {
    const method = methodForLevel(spec, level);
    const aggregator = AGGREGATOR_METHODS[method];
    for (const node of ctx.tree.byLevel.get(level) ?? []) {
      const k = node.children.length;
      const cols: Float64Array[] = [];
      for (const c of node.children) {
        const col = columns[c];
        if (!col) {
          problems.push({
            code: 'unknown_icode',
            path: 'aggregate',
            severity: 'error',
            iCode: c,
            message: `"${c}" (child of "${node.iCode}") has no data column`,
          });
        } else cols.push(col);
      }
      if (cols.length !== k) continue;
      const wt = new Float64Array(k);
      for (let j = 0; j < k; j++) wt[j] = w.weights.get(node.children[j]!) ?? 0;
      if (aggregator.needsPositive) {
        for (let j = 0; j < k; j++) {
          const col = cols[j]!;
          for (let u = 0; u < n; u++) {
            if (col[u]! <= 0) {
              if (problems.length >= MAX_LISTED) {
                unlisted++;
                continue;
              }
              problems.push({
                code: 'non_positive_in_mean',
                path: 'aggregate',
                severity: 'error',
                iCode: node.children[j]!,
                unit: state.data.units[u]!,
                message: `${method} at level ${level} ("${node.iCode}") needs values > 0, but "${node.children[j]}" of unit "${state.data.units[u]}" is ${col[u]}; normalise to a positive range such as n_minmax with l_u [1, 100]`,
              });
            }
          }
        }
      }
      const out = aggregator.run(cols, wt, p);
      if (thresh > 0 || method === 'a_copeland') {
        for (let u = 0; u < n; u++) {
          let avail = 0;
          for (let j = 0; j < k; j++) if (!Number.isNaN(cols[j]![u]!)) avail++;
          if (avail === 0 || avail / k < thresh) out[u] = Number.NaN;
        }
      }
      columns[node.iCode] = out;
    }
    notes.push(`level ${level}: ${method}`);
  }
  if (unlisted > 0) {
    problems.push({
      code: 'non_positive_in_mean',
      path: 'aggregate',
      severity: 'error',
      message: `${unlisted} more non-positive value(s) under geometric, harmonic or power means, not listed`,
    });
  }
  if (problems.length > 0) return { ok: false, issues: problems };
  return {
    ok: true,
    state: { data: { units: state.data.units, columns }, rows: state.rows },
    log: { stage: 'Aggregated', args, notes },
  };
};
