/**
 * How series are stored in shard files. A series of plain values at evenly
 * spaced years is stored packed, `[firstYear, step, v0, v1, ...]` with null
 * for a missing year; a series with tags or several values per year is
 * stored as points. Decoding always gives points.
 * @module
 */
import type { Point, SeriesSet } from './types.ts';

export type PackedSeries = (number | null)[];
export type StoredSeries = Point[] | PackedSeries;
export type StoredSet = Record<string, StoredSeries>;

/** Packs a series when that is smaller and loses nothing. */
export function encodeSeries(points: readonly Point[]): StoredSeries {
  if (points.length < 3 || points.some((p) => p.length > 2)) return [...points];
  const years = points.map((p) => p[0]);
  if (new Set(years).size !== years.length) return [...points];
  let step = 0;
  for (let i = 1; i < years.length; i++) {
    const gap = years[i]! - years[i - 1]!;
    step = step === 0 ? gap : gcd(step, gap);
  }
  const first = years[0]!;
  const span = (years[years.length - 1]! - first) / step + 1;
  if (span > points.length * 2 + 2) return [...points];
  const values: (number | null)[] = Array(span).fill(null);
  for (const p of points) values[(p[0] - first) / step] = p[1];
  return [first, step, ...values];
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

export function decodeSeries(stored: StoredSeries): Point[] {
  if (stored.length === 0 || Array.isArray(stored[0])) return stored as Point[];
  const [first, step, ...values] = stored as number[];
  const out: Point[] = [];
  values.forEach((v, i) => {
    if (v !== null) out.push([first! + i * step!, v]);
  });
  return out;
}

export const decodeSet = (set: StoredSet): SeriesSet =>
  Object.fromEntries(Object.entries(set).map(([id, s]) => [id, decodeSeries(s)]));

export const encodeSet = (set: SeriesSet): StoredSet =>
  Object.fromEntries(Object.entries(set).map(([id, p]) => [id, encodeSeries(p)]));

/** A shard as stored in its file. */
export interface StoredShard {
  country: string;
  series: StoredSet;
  pairs: Record<string, StoredSet>;
  routes?: Record<string, string[]>;
}
