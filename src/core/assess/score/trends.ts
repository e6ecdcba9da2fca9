/**
 * Changes over the years per corridor x indicator, from the raw series.
 * @module
 */
import type { Corridor } from '../../template/types.ts';
import type { IndicatorMeta, TrendRow } from '../types.ts';
import type { SeriesIndex } from './series.ts';

function verdict(change: number, direction: number): TrendRow['verdict'] {
  if (direction === 0) return 'descriptive';
  const signed = change * direction;
  return signed > 0 ? 'better' : signed < 0 ? 'worse' : 'flat';
}

/**
 * One row per corridor x indicator with values in at least two years, in
 * corridor then indicator order.
 *
 * @example
 * // unemployment.origin 8 (2010) -> 6 (2020), direction -1:
 * // { change: -2, perYear: -0.2, verdict: 'better', ... }
 */
export function buildTrends(
  corridors: readonly Corridor[],
  meta: readonly IndicatorMeta[],
  series: SeriesIndex,
): TrendRow[] {
  const out: TrendRow[] = [];
  for (const c of corridors) {
    const own = series.get(c.id);
    if (!own) continue;
    for (const m of meta) {
      const points = own.get(m.iCode);
      if (!points || points.length < 2) continue;
      const first = points[0]!;
      const last = points[points.length - 1]!;
      const change = last.value - first.value;
      out.push({
        corridorId: c.id,
        iCode: m.iCode,
        direction: m.direction,
        firstYear: first.year,
        firstValue: first.value,
        lastYear: last.year,
        lastValue: last.value,
        change,
        perYear: last.year > first.year ? change / (last.year - first.year) : null,
        verdict: verdict(change, m.direction),
        points: points.length,
      });
    }
  }
  return out;
}
