/**
 * Adds the computed `catalog_coverage` values to the series, when the
 * catalogue has that indicator: the corridor's one coverage figure, in %.
 * @module
 */
import type { Corridor } from '../../template/types.ts';
import type { IndicatorMeta } from '../types.ts';
import { COVERAGE_INDICATOR } from './applicable.ts';
import { iCodeOf } from './indicator-meta.ts';
import type { Picked } from './pick-values.ts';
import type { Point, SeriesIndex } from './series.ts';

export const COMPUTED_SOURCE = 'Corridor Monitor (computed from this workbook)';

/**
 * Writes each corridor's coverage (0-1, as %) as `catalog_coverage.corridor`
 * at its period end, into a copy of the series and into the picks.
 * User-entered coverage values are replaced.
 */
export function withCoverage(
  series: SeriesIndex,
  picks: Map<string, Map<string, Picked>>,
  corridors: readonly Corridor[],
  meta: readonly IndicatorMeta[],
  coverage: readonly number[],
): SeriesIndex {
  const code = iCodeOf(COVERAGE_INDICATOR, 'corridor');
  if (!meta.some((m) => m.iCode === code)) return series;
  const out: SeriesIndex = new Map();
  for (const [id, own] of series) out.set(id, new Map(own));
  corridors.forEach((c, i) => {
    const own = out.get(c.id) ?? new Map<string, Point[]>();
    const point: Point = {
      year: c.periodEnd,
      value: Math.round(coverage[i]! * 1000) / 10,
      source: COMPUTED_SOURCE,
      sourceCode: 'computed',
    };
    own.set(code, [point]);
    out.set(c.id, own);
    const p = picks.get(c.id) ?? new Map<string, Picked>();
    p.set(code, { point, stale: false });
    picks.set(c.id, p);
  });
  return out;
}
