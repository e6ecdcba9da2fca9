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
  /** The first observation of each year, sorted by year. */
  years: Observation[];
}

export interface SeriesIndex {
  /** The series in the order their first observation comes. */
  series: Series[];
  /** The series of each observation: `series[seriesOf[k]]` holds `obs[k]`'s year. */
  seriesOf: Int32Array;
}

/** A series being gathered: its years so far, whether they rise, and a year index once one repeats. */
interface Gathering extends Series {
  sorted: boolean;
  byYear: Map<number, Observation> | undefined;
}

/**
 * Groups observations into series, in one pass.
 * @example indexSeries(obs).series[0].years.map((o) => o.year); // => [2010, 2011, ...]
 */
export function indexSeries(obs: readonly Observation[]): SeriesIndex {
  // walked side, country or corridor, then indicator
  const ids = new KeyIds([1, 2, 0]);
  const tuple = ['', '', ''];
  const series: Gathering[] = [];
  const seriesOf = new Int32Array(obs.length);
  for (let k = 0; k < obs.length; k++) {
    const o = obs[k]!;
    tuple[0] = o.indicator;
    tuple[1] = o.side;
    tuple[2] = o.country ?? o.corridorId;
    const id = ids.id(tuple);
    if (id === series.length) series.push({ years: [], sorted: true, byYear: undefined });
    addFirstOfYear(series[id]!, o);
    seriesOf[k] = id;
  }
  const out: Series[] = [];
  for (const s of series)
    out.push({ years: s.sorted ? s.years : s.years.sort((a, b) => a.year - b.year) });
  return { series: out, seriesOf };
}

/** Keeps `o` when its year is new to the series (the first row of a year wins). */
function addFirstOfYear(s: Gathering, o: Observation): void {
  const out = s.years;
  const last = out.length === 0 ? undefined : out[out.length - 1]!.year;
  // runs of rising years need no lookup; a repeat (another corridor of the country) does
  if ((last === undefined || o.year > last) && s.byYear === undefined) {
    out.push(o);
    return;
  }
  if (s.byYear === undefined) s.byYear = new Map(out.map((x) => [x.year, x]));
  if (s.byYear.has(o.year)) return;
  s.byYear.set(o.year, o);
  if (last !== undefined && !(o.year > last)) s.sorted = false;
  out.push(o);
}
