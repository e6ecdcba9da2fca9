/**
 * Small numeric helpers every derivation shares: rounding, series lookup by
 * year and linear interpolation of 5-yearly stocks.
 * @module
 */
import type { Point } from '../types.ts';

/** Rounds a derived value (never -0); source values are never rounded. */
export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f + 0;
}

/** Year -> value of a series (the first point of a year wins). */
export function byYear(points: readonly Point[] | undefined): Map<number, number> {
  const out = new Map<number, number>();
  for (const p of points ?? []) if (!out.has(p[0])) out.set(p[0], p[1]);
  return out;
}

/**
 * The value at `year` of a series observed at some years, linear between the
 * two nearest observations; undefined outside the observed span (no
 * extrapolation) unless `holdAfter` lets the last value stand for later years.
 */
export function interpolate(
  points: readonly Point[] | undefined,
  year: number,
  holdAfter = 0,
): number | undefined {
  if (!points || points.length === 0) return undefined;
  let before: Point | undefined;
  let after: Point | undefined;
  for (const p of points) {
    if (p[0] === year) return p[1];
    if (p[0] < year && (!before || p[0] > before[0])) before = p;
    if (p[0] > year && (!after || p[0] < after[0])) after = p;
  }
  if (before && after) {
    return before[1] + ((after[1] - before[1]) * (year - before[0])) / (after[0] - before[0]);
  }
  if (before && !after && year - before[0] <= holdAfter) return before[1];
  return undefined;
}

/**
 * The shortest decimal that reads back as the same 32-bit float: how float32
 * artefacts of a source (RPW, WGI) are stored without losing information.
 * @example float32Shortest(-0.71457099914550781); // => -0.714571
 */
export function float32Shortest(value: number): number {
  const target = Math.fround(value);
  for (let digits = 1; digits <= 9; digits++) {
    const candidate = Number(value.toPrecision(digits));
    if (Math.fround(candidate) === target) return candidate;
  }
  return value;
}
