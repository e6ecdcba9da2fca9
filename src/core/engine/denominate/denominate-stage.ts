/** The Denominate stage: indicator / denominator, as COINr's `Denominate`. @module */
import type { EngineIssue } from '../../contract/issue.ts';
import type { DenominateSpec } from '../spec.ts';
import type { Stage } from '../stage.ts';

/**
 * Divides each indicator by the denominator column named in iMeta's
 * Denominator (or in `denomby`), times `scale_factor`; a missing denominator
 * gives a missing value. Indicators without a denominator pass unchanged.
 * @param state - the data to denominate
 * @param spec - `true`, or `{ denomby, scale_factor }`
 * @param ctx - input denominators and iMeta
 * @returns the Denominated data set
 * @example denominateStage(state, true, ctx)
 */
export const denominateStage: Stage<DenominateSpec> = (state, spec, ctx) => {
  const opts = typeof spec === 'object' ? spec : {};
  const scale = opts.scale_factor ?? 1;
  const problems: EngineIssue[] = [];
  for (const code of Object.keys(opts.denomby ?? {})) {
    if (!ctx.tree.indicators.includes(code)) {
      problems.push({
        code: 'unknown_icode',
        path: 'denominate',
        severity: 'error',
        iCode: code,
        message: `denominate.denomby: "${code}" is not an indicator`,
      });
    }
  }
  const columns: Record<string, Float64Array> = { ...state.data.columns };
  const notes: string[] = [];
  if (spec !== false) {
    for (const iCode of ctx.tree.indicators) {
      const by = opts.denomby?.[iCode] ?? ctx.tree.rows.get(iCode)?.Denominator;
      const x = columns[iCode];
      if (by === undefined || !x) continue;
      const d = ctx.input.denominators[by];
      if (!d) {
        problems.push({
          code: 'unknown_icode',
          path: 'denominate',
          severity: 'error',
          iCode,
          message: `denominator "${by}" of "${iCode}" is not a denominator column of the data`,
        });
        continue;
      }
      const out = new Float64Array(x.length);
      for (let u = 0; u < x.length; u++) out[u] = (x[u]! / d[state.rows[u]!]!) * scale;
      columns[iCode] = out;
      notes.push(`${iCode} / ${by}`);
    }
  }
  if (problems.length > 0) return { ok: false, issues: problems };
  return {
    ok: true,
    state: { data: { units: state.data.units, columns }, rows: state.rows },
    log: { stage: 'Denominated', args: spec, notes },
  };
};
