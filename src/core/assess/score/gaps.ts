/**
 * Data gaps: for every corridor x expected column, available, stale or missing.
 * @module
 */
import type { Corridor } from '../../template/types.ts';
import type { Benchmark, IndicatorMeta } from '../types.ts';
import { appliesTo } from './applicable.ts';
import type { Picked } from './pick-values.ts';

/** One row per corridor x column the corridor is expected to report (descriptive ones included). */
export function buildGaps(
  corridors: readonly Corridor[],
  meta: readonly IndicatorMeta[],
  picks: ReadonlyMap<string, ReadonlyMap<string, Picked>>,
): Benchmark['gaps'] {
  const out: Benchmark['gaps'] = [];
  for (const c of corridors) {
    const own = picks.get(c.id);
    for (const m of meta) {
      if (!appliesTo(m, c)) continue;
      const p = own?.get(m.iCode);
      out.push({
        corridorId: c.id,
        indicator: m.iCode,
        status: p ? (p.stale ? 'stale' : 'available') : 'missing',
        year: p ? p.point.year : null,
      });
    }
  }
  return out;
}
