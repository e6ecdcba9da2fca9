/** The Screen stage: drops units by data availability and/or non-zero share (COINr `Screen`). @module */
import type { ScreenSpec } from '../spec.ts';
import type { Stage } from '../stage.ts';

/**
 * As COINr's `get_data_avail`: availability = non-missing indicators / all
 * indicators; non-zero share = 1 - zeros / (all - missing), i.e. among the
 * available values. `byNA` keeps units with availability >= dat_thresh
 * (default 2/3), `byzeros` those with non-zero share >= nonzero_thresh
 * (default 0.05), `byNAandzeros` needs both. A unit with no value at all has
 * no non-zero share (COINr's NaN), so only the availability test can drop it.
 * @param state - the data to screen
 * @param spec - thresholds and rule
 * @returns the Screened data set; notes name removed units
 * @example screenStage(state, { dat_thresh: 0.9, unit_screen: 'byNA' }, ctx)
 */
export const screenStage: Stage<ScreenSpec> = (state, spec) => {
  const rule = spec.unit_screen ?? 'byNA';
  const datT = spec.dat_thresh ?? 2 / 3;
  const nzT = spec.nonzero_thresh ?? 0.05;
  const cols = Object.values(state.data.columns);
  const keep: number[] = [];
  const removed: string[] = [];
  state.data.units.forEach((u, i) => {
    let avail = 0;
    let nonzero = 0;
    for (let j = 0; j < cols.length; j++) {
      const v = cols[j]![i]!;
      if (!Number.isNaN(v)) {
        avail++;
        if (v !== 0) nonzero++;
      }
    }
    const okNA = avail / cols.length >= datT;
    const okZ = avail === 0 || nonzero / avail >= nzT;
    const ok = rule === 'byNA' ? okNA : rule === 'byzeros' ? okZ : okNA && okZ;
    if (ok) keep.push(i);
    else removed.push(u);
  });
  // nothing removed: the columns are shared, never copied (no stage mutates its input)
  const columns: Record<string, Float64Array> = {};
  for (const [code, c] of Object.entries(state.data.columns)) {
    if (removed.length === 0) {
      columns[code] = c;
      continue;
    }
    const out = new Float64Array(keep.length);
    for (let k = 0; k < keep.length; k++) out[k] = c[keep[k]!]!;
    columns[code] = out;
  }
  const rows = new Int32Array(keep.length);
  for (let k = 0; k < keep.length; k++) rows[k] = state.rows[keep[k]!]!;
  return {
    ok: true,
    state: {
      data: { units: keep.map((i) => state.data.units[i]!), columns },
      rows,
    },
    log: {
      stage: 'Screened',
      args: spec,
      notes: [
        removed.length
          ? `removed ${removed.length} unit(s): ${removed.join(', ')}`
          : 'no unit removed',
      ],
    },
  };
};
