/**
 * Data gaps: for every corridor x expected column, available, stale or missing.
 * @module
 */
import type { Corridor } from '../../template/types.ts';
import type { Benchmark, IndicatorMeta } from '../types.ts';
import { appliesTo } from './applicable.ts';
import type { Picked } from './pick-values.ts';

/**
 * One row per corridor x column the corridor is expected to report (descriptive ones included),
 * marked when it counts towards the corridor's coverage.
 */
export function buildGaps(
  corridors: readonly Corridor[],
  meta: readonly IndicatorMeta[],
  picks: ReadonlyMap<string, ReadonlyMap<string, Picked>>,
  framework: readonly IndicatorMeta[] = [],
): Benchmark['gaps'] {
  const scored = new Map(framework.map((m) => [m.iCode, m]));
  const out: Benchmark['gaps'] = [];
  for (const c of corridors) {
    const own = picks.get(c.id);
    for (const m of meta) {
      if (!appliesTo(m, c)) continue;
      const p = own?.get(m.iCode);
      const f = scored.get(m.iCode);
      out.push({
        corridorId: c.id,
        indicator: m.iCode,
        status: p ? (p.stale ? 'stale' : 'available') : 'missing',
        year: p ? p.point.year : null,
        // the same rule as corridorCoverage: expected of every corridor, or reported by this one
        inCoverage: f !== undefined && (f.expected === true || p !== undefined),
      });
    }
  }
  return out;
}
