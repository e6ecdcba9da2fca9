/**
 * Runs many variants of one spec over the same input, as runPipeline does,
 * but keeps each stage's output keyed by the spec of that stage and every
 * stage before it: when only normalisation varies, denominate, impute,
 * screen and treat run once.
 * @module
 */
import { type EngineIssue, type Failed, pathIssue } from '../../contract/issue.ts';
import { rankScores } from '../rank-scores.ts';
import type { PipelineSpec } from '../spec.ts';
import type { StageContext, StageState } from '../stage.ts';
import { STAGE_ORDER, STAGES } from '../stage-registry.ts';
import { compileTree } from '../tree/compile-tree.ts';
import type { CoinInput } from '../types.ts';

export type VariantOutcome =
  | { ok: true; units: string[]; rank: Float64Array }
  | Failed<EngineIssue>;

/** Stage outputs kept per stage before the cache of that stage is emptied. */
const MAX_CACHED = 256;

/**
 * @param input - iData and iMeta
 * @returns a function running a validated spec to the index ranks (highest = 1, ties min), or the issues (a tree problem: the first one)
 * @example const run = cachedRunner(input); run(spec) // => { ok: true, units, rank }
 */
export function cachedRunner(input: CoinInput): (spec: PipelineSpec) => VariantOutcome {
  const compiled = compileTree(input.iMeta);
  if (!compiled.ok) {
    const p = compiled.issues[0]!;
    const message = `iMeta row ${p.row + 1}, ${p.column}: ${p.message}`;
    const failed: VariantOutcome = {
      ok: false,
      issues: [{ code: p.code, path: p.path, message, severity: p.severity }],
    };
    return () => failed;
  }
  const tree = compiled.tree;
  const ctx: StageContext = { input, tree };
  const columns: Record<string, Float64Array> = {};
  for (const code of tree.indicators) {
    const c = input.indicators[code];
    if (!c) {
      const failed: VariantOutcome = {
        ok: false,
        issues: [
          {
            code: 'unknown_icode',
            path: 'iData',
            iCode: code,
            message: `indicator "${code}" has no data column`,
            severity: 'error',
          },
        ],
      };
      return () => failed;
    }
    columns[code] = c;
  }
  const raw: StageState = {
    data: { units: input.units, columns },
    rows: Int32Array.from(input.units.keys()),
  };
  const caches = STAGE_ORDER.map(() => new Map<string, VariantOutcome | StageState>());
  return (spec) => {
    let state = raw;
    let key = '';
    for (let s = 0; s < STAGE_ORDER.length; s++) {
      const stage = STAGE_ORDER[s]!;
      const args = spec[stage];
      if (args === undefined || args === false) continue;
      // aggregate also reads the weights
      key += `|${stage}:${JSON.stringify(args)}${stage === 'aggregate' ? JSON.stringify(spec.weights) : ''}`;
      const cache = caches[s]!;
      const hit = cache.get(key);
      if (hit && 'ok' in hit) return hit;
      if (hit) {
        state = hit;
        continue;
      }
      const out = STAGES[stage](state, spec, ctx);
      if (cache.size >= MAX_CACHED) cache.clear();
      if (!out.ok) {
        const failed: VariantOutcome = { ok: false, issues: out.issues };
        cache.set(key, failed);
        return failed;
      }
      state = out.state;
      if (stage !== 'aggregate') cache.set(key, state);
    }
    const index = state.data.columns[tree.indexCode];
    if (!index)
      return {
        ok: false,
        issues: [
          pathIssue(
            'invalid_spec',
            'aggregate',
            `the index "${tree.indexCode}" was not computed (no aggregate stage?)`,
          ),
        ],
      };
    return { ok: true, units: state.data.units, rank: rankScores(index) };
  };
}
