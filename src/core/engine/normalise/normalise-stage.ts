/** The Normalise stage: every indicator column, by the global spec or its override. @module */
import type { EngineIssue } from '../../contract/issue.ts';
import type { NormaliseSpec } from '../spec.ts';
import type { Stage } from '../stage.ts';
import { normaliseColumn } from './normalise-column.ts';

/**
 * @param state - the data to normalise
 * @param spec - method, params and optional `indiv` overrides per iCode
 * @param ctx - iMeta (directions, targets, goalposts)
 * @returns the Normalised data set and its log entry
 * @example normaliseStage(state, { method: 'n_minmax', params: { l_u: [0, 100] } }, ctx)
 */
export const normaliseStage: Stage<NormaliseSpec> = (state, spec, ctx) => {
  const columns: Record<string, Float64Array> = {};
  const problems: EngineIssue[] = [];
  const { indiv, ...global } = spec;
  for (const iCode of ctx.tree.indicators) {
    const raw = state.data.columns[iCode];
    const meta = ctx.tree.rows.get(iCode);
    if (!raw || !meta) continue;
    const r = normaliseColumn(raw, indiv?.[iCode] ?? global, meta, state.data.units);
    if (r.ok) columns[iCode] = r.x;
    else problems.push(...r.issues);
  }
  if (problems.length > 0) return { ok: false, issues: problems };
  return {
    ok: true,
    state: { data: { units: state.data.units, columns }, rows: state.rows },
    log: { stage: 'Normalised', args: spec, notes: [] },
  };
};
