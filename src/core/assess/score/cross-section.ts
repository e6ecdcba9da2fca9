/**
 * The latest-mode grid: one row per corridor, each column the value at the
 * column's reference year (one year per indicator across the corridors),
 * no older than the maximum age (or any age when imputing "latest").
 * @module
 */
import type { Corridor, MethodSettings } from '../../template/types.ts';
import type { IndicatorMeta } from '../types.ts';
import { appliesTo } from './applicable.ts';
import type { Picked } from './pick-values.ts';
import { pickAtReference, referenceYears } from './reference-years.ts';
import type { SeriesIndex } from './series.ts';

export interface CrossSection {
  /** Corridor ids in submission order. */
  units: string[];
  /** iCode -> value used per unit (NaN = missing or stale), scored columns only. */
  columns: Map<string, Float64Array>;
  /** corridorId -> iCode -> the value picked (stale ones included), every column. */
  picks: Map<string, Map<string, Picked>>;
  /** iCode -> the reference year of the column. */
  years: Map<string, number>;
}

/** Whether a picked value may enter the scores. */
export const usable = (p: Picked | undefined, method: MethodSettings): p is Picked =>
  p !== undefined && (!p.stale || method.imputation === 'latest');

/** Builds the latest-mode grid at each column's reference year. */
export function buildCrossSection(
  corridors: readonly Corridor[],
  meta: readonly IndicatorMeta[],
  series: SeriesIndex,
  method: MethodSettings,
): CrossSection {
  const units = corridors.map((c) => c.id);
  const years = referenceYears(corridors, meta, series);
  const picks = new Map<string, Map<string, Picked>>();
  const columns = new Map<string, Float64Array>();
  for (const m of meta)
    if (m.scored) columns.set(m.iCode, new Float64Array(units.length).fill(Number.NaN));
  corridors.forEach((c, u) => {
    const own = new Map<string, Picked>();
    const bySeries = series.get(c.id);
    for (const m of meta) {
      const year = years.get(m.iCode);
      if (year === undefined || !appliesTo(m, c)) continue;
      const all = bySeries?.get(m.iCode);
      // a copy only when some point lies after the period end (points are only read; sorted by year, so the last tells)
      const points =
        all === undefined || all.length === 0 || all[all.length - 1]!.year <= c.periodEnd
          ? all
          : all.filter((p) => p.year <= c.periodEnd);
      const picked = pickAtReference(points, year, method.maxAgeYears);
      if (!picked) continue;
      own.set(m.iCode, picked);
      const column = columns.get(m.iCode);
      if (column && usable(picked, method)) column[u] = picked.point.value;
    }
    picks.set(c.id, own);
  });
  return { units, columns, picks, years };
}
