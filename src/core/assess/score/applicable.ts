/**
 * Which indicator columns a corridor is expected to report, and the
 * catalogue's computed coverage indicator.
 * @module
 */
import type { Corridor } from '../../template/types.ts';
import type { IndicatorMeta } from '../types.ts';
import { pickLatest } from './pick-values.ts';
import type { Point } from './series.ts';

/** The computed indicator `catalog_coverage` (share of indicators with recent data). */
export const COVERAGE_INDICATOR = 'catalog_coverage';

/** Transit-side columns apply only to corridors with a transit country. */
export const appliesTo = (m: IndicatorMeta, corridor: Corridor): boolean =>
  m.side !== 'transit' || corridor.transit !== undefined;

/**
 * Percentage of a corridor's expected catalogue columns (policy and the
 * coverage indicator itself excluded) with a value at most `maxAge` years
 * older than `year`.
 */
export function coveragePercent(
  series: ReadonlyMap<string, Point[]> | undefined,
  expected: readonly IndicatorMeta[],
  year: number,
  maxAge: number,
): number {
  const counted = expected.filter(
    (m) => m.indicator !== COVERAGE_INDICATOR && !m.indicator.startsWith('policy.'),
  );
  if (counted.length === 0) return 0;
  let fresh = 0;
  for (const m of counted) {
    const picked = pickLatest(series?.get(m.iCode), year, maxAge);
    if (picked && !picked.stale) fresh++;
  }
  return (100 * fresh) / counted.length;
}
