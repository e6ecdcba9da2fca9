/** The Treat stage: outlier treatment of every indicator (COINr `Treat`). @module */
import type { TreatSpec } from '../spec.ts';
import type { Stage } from '../stage.ts';
import type { TreatmentDetail } from '../types.ts';
import { TREAT_DEFAULTS, type TreatOptions, treatColumn } from './treat-column.ts';

/**
 * @param state - the data to treat
 * @param spec - `true` for COINr's defaults, or thresholds, functions and per-iCode overrides (`indiv`, "none" skips)
 * @param ctx - the tree (indicator order)
 * @returns the Treated data set and a TreatmentDetail per indicator
 * @example treatStage(state, { winmax: 5 }, ctx)
 */
export const treatStage: Stage<TreatSpec> = (state, spec, ctx) => {
  const { indiv, ...global } = spec === true ? { indiv: undefined } : spec;
  const base: TreatOptions = { ...TREAT_DEFAULTS, ...global };
  for (const code of Object.keys(indiv ?? {})) {
    if (!ctx.tree.indicators.includes(code)) {
      return {
        ok: false,
        issues: [
          {
            code: 'unknown_icode',
            path: 'treat',
            severity: 'error',
            iCode: code,
            message: `treat.indiv: "${code}" is not an indicator`,
          },
        ],
      };
    }
  }
  const columns: Record<string, Float64Array> = { ...state.data.columns };
  const treatment: TreatmentDetail[] = [];
  const notes: string[] = [];
  for (const iCode of ctx.tree.indicators) {
    const x = columns[iCode];
    if (!x) continue;
    const own = indiv?.[iCode];
    if (own === 'none') continue;
    const r = treatColumn(iCode, x, own ? { ...base, ...own } : base);
    columns[iCode] = r.x;
    treatment.push(r.detail);
    if (r.detail.untreated) notes.push(`${iCode}: not treated: ${r.detail.untreated}`);
    if (r.detail.treatment !== 'none') {
      notes.push(
        `${iCode}: ${r.detail.treatment}${r.detail.winsorisedPoints ? ` (${r.detail.winsorisedPoints} point(s) winsorised)` : ''}`,
      );
    }
  }
  return {
    ok: true,
    state: { data: { units: state.data.units, columns }, rows: state.rows },
    log: { stage: 'Treated', args: spec, notes },
    treatment,
  };
};
