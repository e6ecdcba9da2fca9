/** The Impute stage: every indicator column by the chosen COINr method. @module */
import type { ImputeSpec } from '../spec.ts';
import type { Stage } from '../stage.ts';
import { groupMembers, iByGroup } from './i-by-group.ts';
import { iMean } from './i-mean.ts';
import { iMedian } from './i-median.ts';
import { iPanel } from './i-panel.ts';

/**
 * @param state - the data to impute
 * @param spec - method (and group column, or panel settings)
 * @param ctx - group and time columns of the input
 * @returns the Imputed data set; notes count the values imputed
 * @example imputeStage(state, { method: 'i_mean_grp', group: 'EurAsia_group' }, ctx)
 */
export const imputeStage: Stage<ImputeSpec> = (state, spec, ctx) => {
  const { rows } = state;
  const units = state.data.units;
  let fill: (x: Float64Array) => Float64Array;
  switch (spec.method) {
    case 'i_mean':
      fill = iMean;
      break;
    case 'i_median':
      fill = iMedian;
      break;
    case 'i_mean_grp':
    case 'i_median_grp': {
      const g = ctx.input.groups[spec.group];
      if (!g) {
        const known = Object.keys(ctx.input.groups).join(', ') || '(none)';
        return {
          ok: false,
          issues: [
            {
              code: 'unknown_icode',
              path: 'impute',
              severity: 'error',
              message: `impute.group "${spec.group}" is not a Group column of the data; groups: ${known}`,
            },
          ],
        };
      }
      const groups: string[] = [];
      for (let i = 0; i < rows.length; i++) groups.push(g[rows[i]!] ?? '');
      const members = groupMembers(groups);
      const within = spec.method === 'i_mean_grp' ? iMean : iMedian;
      fill = (x) => iByGroup(x, members, within);
      break;
    }
    case 'impute_panel': {
      const t = ctx.input.time;
      if (!t)
        return {
          ok: false,
          issues: [
            {
              code: 'insufficient_data',
              path: 'impute',
              severity: 'error',
              message: 'impute_panel needs a Time column in iData; found none',
            },
          ],
        };
      const time = Array.from(rows, (r) => t[r]!);
      fill = (x) => iPanel(x, units, time, spec.imp_type, spec.max_time);
      break;
    }
  }
  const columns: Record<string, Float64Array> = {};
  let imputed = 0;
  for (const [code, x] of Object.entries(state.data.columns)) {
    const y = fill(x);
    for (let i = 0; i < x.length; i++) if (Number.isNaN(x[i]) && !Number.isNaN(y[i])) imputed++;
    columns[code] = y;
  }
  const notes = [`${imputed} value(s) imputed by ${spec.method}`];
  if (spec.method === 'impute_panel' && spec.time !== undefined) {
    const t = ctx.input.time!;
    const keep = Array.from(rows.keys()).filter((i) => t[rows[i]!] === spec.time);
    const kept: Record<string, Float64Array> = {};
    for (const [code, y] of Object.entries(columns))
      kept[code] = Float64Array.from(keep, (i) => y[i]!);
    notes.push(`kept the ${keep.length} row(s) of Time ${spec.time}`);
    return {
      ok: true,
      state: {
        data: { units: keep.map((i) => units[i]!), columns: kept },
        rows: Int32Array.from(keep, (i) => rows[i]!),
      },
      log: { stage: 'Imputed', args: spec, notes },
    };
  }
  return {
    ok: true,
    state: { data: { units, columns }, rows },
    log: { stage: 'Imputed', args: spec, notes },
  };
};
