/**
 * Time modes: which value of a series stands for a corridor in a given year.
 * @module
 */
import type { Point } from './series.ts';

export interface Picked {
  point: Point;
  /** Older than the Method's maximum age relative to the reference year. */
  stale: boolean;
}

/**
 * The latest value up to `referenceYear`: stale when older than `maxAge`
 * years. Values after the reference year are ignored.
 *
 * @example
 * pickLatest([{ year: 2015, ... }, { year: 2019, ... }], 2020, 5); // { point: 2019's, stale: false }
 */
export function pickLatest(
  points: readonly Point[] | undefined,
  referenceYear: number,
  maxAge: number,
): Picked | null {
  if (!points) return null;
  for (let i = points.length - 1; i >= 0; i--) {
    const point = points[i]!;
    if (point.year <= referenceYear) return { point, stale: referenceYear - point.year > maxAge };
  }
  return null;
}

/**
 * The value for panel year `year`: that year's own value, or with
 * `carryForward` (imputation "latest") the latest earlier value.
 */
export function pickForYear(
  points: readonly Point[] | undefined,
  year: number,
  carryForward: boolean,
): Point | null {
  const picked = pickLatest(points, year, Number.POSITIVE_INFINITY);
  if (!picked) return null;
  return picked.point.year === year || carryForward ? picked.point : null;
}
