/**
 * Adds the computed `catalog_coverage` values to the series, when the
 * catalogue has that indicator.
 * @module
 */
import type { Corridor, MethodSettings } from '../../template/types.ts';
import type { IndicatorMeta } from '../types.ts';
import { appliesTo, COVERAGE_INDICATOR, coveragePercent } from './applicable.ts';
import { iCodeOf } from './indicator-meta.ts';
import type { Point, SeriesIndex } from './series.ts';

export const COMPUTED_SOURCE = 'Corridor Monitor (computed from this workbook)';

/**
 * A copy of the series where each corridor's `catalog_coverage.corridor`
 * holds the coverage percentage at its period end (and, in panel mode, at
 * every year it reported anything). User-entered coverage values are replaced.
 */
export function withCoverage(
  series: SeriesIndex,
  corridors: readonly Corridor[],
  meta: readonly IndicatorMeta[],
  method: MethodSettings,
): SeriesIndex {
  const code = iCodeOf(COVERAGE_INDICATOR, 'corridor');
  if (!meta.some((m) => m.iCode === code)) return series;
  const out: SeriesIndex = new Map();
  for (const [id, own] of series) out.set(id, new Map(own));
  for (const c of corridors) {
    const own = out.get(c.id) ?? new Map<string, Point[]>();
    const expected = meta.filter((m) => appliesTo(m, c));
    const years = new Set<number>([c.periodEnd]);
    if (method.timeMode === 'panel') {
      for (const points of own.values())
        for (const p of points)
          if (p.year >= c.periodStart && p.year <= c.periodEnd) years.add(p.year);
    }
    const points = [...years]
      .sort((a, b) => a - b)
      .map((year) => ({
        year,
        value: coveragePercent(own, expected, year, method.maxAgeYears),
        source: COMPUTED_SOURCE,
        sourceCode: 'computed',
      }));
    own.set(code, points);
    out.set(c.id, own);
  }
  return out;
}
