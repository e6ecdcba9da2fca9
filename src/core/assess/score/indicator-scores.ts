/**
 * Scorecard rows: each picked value with its normalised score and its rank
 * among the scored corridors.
 * @module
 */
import type { Corridor } from '../../template/types.ts';
import type { IndicatorMeta, IndicatorScore } from '../types.ts';
import type { EngineRun } from './engine-result.ts';
import type { Picked } from './pick-values.ts';
import { orNull, rankDescending } from './rank.ts';

/**
 * One row per corridor x column with a value (stale ones included: their
 * score stays empty unless imputation "latest" let them in).
 */
export function buildIndicatorScores(
  corridors: readonly Corridor[],
  meta: readonly IndicatorMeta[],
  picks: ReadonlyMap<string, ReadonlyMap<string, Picked>>,
  main: EngineRun | null,
  usable: (p: Picked) => boolean,
): IndicatorScore[] {
  const unitIndex = new Map((main?.units ?? []).map((u, i) => [u, i]));
  const ranks = new Map<string, (number | null)[]>();
  for (const m of meta) {
    const column = main?.normalised[m.iCode];
    if (m.scored && column) ranks.set(m.iCode, rankDescending(column));
  }
  const out: IndicatorScore[] = [];
  for (const c of corridors) {
    const own = picks.get(c.id);
    const u = unitIndex.get(c.id);
    for (const m of meta) {
      const p = own?.get(m.iCode);
      if (!p) continue;
      const counts = m.scored && u !== undefined && usable(p);
      out.push({
        corridorId: c.id,
        indicator: m.indicator,
        side: m.side,
        value: orNull(p.point.value),
        score: counts ? orNull(main?.normalised[m.iCode]?.[u]) : null,
        rank: counts ? (ranks.get(m.iCode)?.[u] ?? null) : null,
        year: p.point.year,
        source: p.point.source || null,
      });
    }
  }
  return out;
}
