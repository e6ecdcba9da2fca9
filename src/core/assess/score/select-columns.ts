/**
 * Which directional columns can enter the scores, and why the others cannot.
 * @module
 */
import type { MethodSettings } from '../../template/types.ts';
import type { IndicatorMeta } from '../types.ts';

function distinctValues(column: Float64Array): number {
  const seen = new Set<number>();
  for (const v of column) if (!Number.isNaN(v)) seen.add(v);
  return seen.size;
}

/**
 * Marks columns that cannot be scored: no usable value in any corridor, or
 * (for minmax, zscore, prank, which compare corridors) a single distinct value.
 * @returns a new meta list; the input is not mutated
 */
export function selectScoredColumns(
  meta: readonly IndicatorMeta[],
  columns: ReadonlyMap<string, Float64Array>,
  method: MethodSettings,
): IndicatorMeta[] {
  return meta.map((m) => {
    if (!m.scored) return m;
    const column = columns.get(m.iCode);
    const distinct = column ? distinctValues(column) : 0;
    if (distinct === 0) return { ...m, scored: false, reason: 'no usable value in any corridor' };
    if (distinct === 1 && method.normalisation !== 'goalposts') {
      return {
        ...m,
        scored: false,
        reason: `one value for every corridor: ${method.normalisation} cannot tell them apart`,
      };
    }
    if (
      method.normalisation === 'goalposts' &&
      (m.goalpostLower === null || m.goalpostUpper === null || m.goalpostLower === m.goalpostUpper)
    ) {
      return { ...m, scored: false, reason: 'no usable goalposts in the catalogue' };
    }
    return m;
  });
}

/** The rows `rows` of every column, as new arrays. */
export function subsetRows(
  columns: ReadonlyMap<string, Float64Array>,
  rows: readonly number[],
  codes: Iterable<string>,
): Map<string, Float64Array> {
  const out = new Map<string, Float64Array>();
  for (const code of codes) {
    const column = columns.get(code);
    if (!column) continue;
    const subset = new Float64Array(rows.length);
    for (let k = 0; k < rows.length; k++) subset[k] = column[rows[k]!]!;
    out.set(code, subset);
  }
  return out;
}
