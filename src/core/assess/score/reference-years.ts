/**
 * One reference year per indicator across the corridors compared, so like is
 * compared with like: the latest year that at least half of the corridors
 * reporting the indicator have reached.
 * @module
 */
import type { Corridor } from '../../template/types.ts';
import type { IndicatorMeta } from '../types.ts';
import { appliesTo } from './applicable.ts';
import type { Picked } from './pick-values.ts';
import type { Point, SeriesIndex } from './series.ts';

/**
 * For each column: the latest year at or after which at least half of the
 * corridors with a value have one (their latest value up to their period end).
 * @param corridors - the corridors compared
 * @param meta - every column
 * @param series - corridorId -> iCode -> points in year order
 * @returns iCode -> reference year (columns without any value are absent)
 * @example referenceYears(corridors, meta, series).get('gini.origin') // => 2021
 */
export function referenceYears(
  corridors: readonly Corridor[],
  meta: readonly IndicatorMeta[],
  series: SeriesIndex,
): Map<string, number> {
  const out = new Map<string, number>();
  // each corridor's series looked up once, not once per column
  const own = corridors.map((c) => series.get(c.id));
  for (const m of meta) {
    const latest: number[] = [];
    for (let i = 0; i < corridors.length; i++) {
      const c = corridors[i]!;
      if (!appliesTo(m, c)) continue;
      const points = own[i]?.get(m.iCode);
      // the last point up to the period end, found from the end without a filtered copy
      let last: Point | undefined;
      if (points) {
        for (let k = points.length - 1; k >= 0; k--) {
          if (points[k]!.year <= c.periodEnd) {
            last = points[k];
            break;
          }
        }
      }
      if (last) latest.push(last.year);
    }
    if (latest.length === 0) continue;
    latest.sort((a, b) => b - a);
    out.set(m.iCode, latest[Math.ceil(latest.length / 2) - 1]!);
  }
  return out;
}

/**
 * The value that stands for a corridor at the reference year: its latest
 * value up to that year, else (a series that starts later) its first value
 * after it; stale when more than `maxAge` years from the reference year.
 * @param points - the corridor's series, in year order
 * @param referenceYear - the column's reference year
 * @param maxAge - the Method's maximum age in years
 * @returns the pick, or null without any value
 * @example pickAtReference([{ year: 2019, ... }, { year: 2023, ... }], 2021, 5) // => 2019's, not stale
 */
export function pickAtReference(
  points: readonly Point[] | undefined,
  referenceYear: number,
  maxAge: number,
): Picked | null {
  if (!points || points.length === 0) return null;
  let before: Point | undefined;
  let after: Point | undefined;
  for (const p of points) {
    if (p.year <= referenceYear) before = p;
    else if (!after) after = p;
  }
  const point = before ?? after!;
  return { point, stale: Math.abs(referenceYear - point.year) > maxAge };
}
