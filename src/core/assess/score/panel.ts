/**
 * The panel grid: one row per corridor and year of its reference period in
 * which any value was reported; normalised together so years are comparable.
 * @module
 */
import type { Corridor, MethodSettings } from '../../template/types.ts';
import type { IndicatorMeta } from '../types.ts';
import { appliesTo } from './applicable.ts';
import { pickForYear } from './pick-values.ts';
import type { SeriesIndex } from './series.ts';

export interface PanelGrid {
  /** `corridorId@year` */
  units: string[];
  corridorOf: string[];
  yearOf: number[];
  columns: Map<string, Float64Array>;
}

/** The years in which a corridor reported anything, within its period. */
function yearsOf(corridor: Corridor, series: SeriesIndex): number[] {
  const years = new Set<number>();
  for (const points of series.get(corridor.id)?.values() ?? []) {
    for (const p of points)
      if (p.year >= corridor.periodStart && p.year <= corridor.periodEnd) years.add(p.year);
  }
  return [...years].sort((a, b) => a - b);
}

/** Builds the panel grid over the scored columns. */
export function buildPanel(
  corridors: readonly Corridor[],
  meta: readonly IndicatorMeta[],
  series: SeriesIndex,
  method: MethodSettings,
): PanelGrid {
  const corridorOf: string[] = [];
  const yearOf: number[] = [];
  for (const c of corridors) {
    for (const y of yearsOf(c, series)) {
      corridorOf.push(c.id);
      yearOf.push(y);
    }
  }
  const byId = new Map(corridors.map((c) => [c.id, c]));
  const scored = meta.filter((m) => m.scored);
  const columns = new Map(
    scored.map((m) => [m.iCode, new Float64Array(corridorOf.length).fill(Number.NaN)]),
  );
  const carry = method.imputation === 'latest';
  corridorOf.forEach((id, row) => {
    const c = byId.get(id)!;
    const own = series.get(id);
    for (const m of scored) {
      if (!appliesTo(m, c)) continue;
      const point = pickForYear(own?.get(m.iCode), yearOf[row]!, carry);
      if (point) columns.get(m.iCode)![row] = point.value;
    }
  });
  return { units: corridorOf.map((id, i) => `${id}@${yearOf[i]}`), corridorOf, yearOf, columns };
}
