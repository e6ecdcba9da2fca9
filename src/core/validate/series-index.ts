/**
 * The observations grouped into series once, for the cross-row checks: a
 * series is one indicator on one side of one country (or of one corridor,
 * when the row has no country), keyed as `indicator|side|country-or-corridor`.
 * Corridors sharing a country repeat its series: `years` keeps the first
 * observation of each year, in year order.
 * @module
 */
import type { Observation } from '../template/types.ts';
import { KeyIds } from './key-ids.ts';

export interface Series {
  /** Every observation of the series, in row order. */
  all: Observation[];
  /** The first observation of each year, sorted by year. */
  years: Observation[];
}

export interface SeriesIndex {
  /** The series in the order their first observation comes. */
  series: Series[];
  /** The series of each observation: `series[seriesOf[k]]` holds `obs[k]`. */
  seriesOf: Int32Array;
}

/**
 * Groups observations into series.
 * @example indexSeries(obs).series[0].years.map((o) => o.year); // => [2010, 2011, ...]
 */
export function indexSeries(obs: readonly Observation[]): SeriesIndex {
  const ids = new KeyIds();
  const tuple = ['', '', ''];
  const series: Series[] = [];
  const seriesOf = new Int32Array(obs.length);
  for (let k = 0; k < obs.length; k++) {
    const o = obs[k]!;
    tuple[0] = o.indicator;
    tuple[1] = o.side;
    tuple[2] = o.country ?? o.corridorId;
    const id = ids.id(tuple);
    if (id === series.length) series.push({ all: [], years: [] });
    series[id]!.all.push(o);
    seriesOf[k] = id;
  }
  for (const s of series) s.years = firstPerYear(s.all);
  return { series, seriesOf };
}

/** The first observation of each year, sorted by year (most series come sorted and are not re-sorted). */
function firstPerYear(all: readonly Observation[]): Observation[] {
  const out: Observation[] = [];
  let sorted = true;
  let byYear: Map<number, Observation> | undefined;
  for (let k = 0; k < all.length; k++) {
    const o = all[k]!;
    const last = out.length === 0 ? undefined : out[out.length - 1]!.year;
    // runs of rising years need no lookup; a repeat (another corridor of the country) does
    if (last === undefined || o.year > last) {
      if (byYear === undefined) {
        out.push(o);
        continue;
      }
    }
    if (byYear === undefined) byYear = new Map(out.map((x) => [x.year, x]));
    if (byYear.has(o.year)) continue;
    byYear.set(o.year, o);
    if (last !== undefined && !(o.year > last)) sorted = false;
    out.push(o);
  }
  return sorted ? out : out.sort((a, b) => a.year - b.year);
}
