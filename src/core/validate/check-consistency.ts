/**
 * Cross-row consistency: a corridor's migrant stock cannot exceed the
 * origin's emigrants or the destination's immigrants in the same year, the
 * corridor shares of one origin cannot add up to over 100 %, and one
 * country's value in one year should be the same in every corridor.
 * @module
 */
import { type Issue, issue } from '../contract/issue.ts';
import type { Corridor, Observation } from '../template/types.ts';
import { indexSeries, type SeriesIndex } from './series-index.ts';

/** The A1 address of an observation's value cell. */
export type ValueCell = (o: Observation) => string;
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

function byCountryYear(obs: readonly Observation[], indicator: string): Map<string, Observation> {
  const m = new Map<string, Observation>();
  for (let k = 0; k < obs.length; k++) {
    const o = obs[k]!;
    if (o.indicator === indicator && o.country) m.set(`${o.country}|${o.year}`, o);
  }
  return m;
}

/** The rows of the indicators these checks compare, each list in row order (one pass over every row). */
function pickRows(obs: readonly Observation[]): Map<string, Observation[]> {
  const picked = new Map<string, Observation[]>(
    PICKED.map((indicator) => [indicator, [] as Observation[]]),
  );
  // rows come in runs of one indicator: its list is looked up once per run
  let last: string | undefined;
  let list: Observation[] | undefined;
  for (let k = 0; k < obs.length; k++) {
    const o = obs[k]!;
    if (o.indicator !== last) {
      last = o.indicator;
      list = picked.get(last);
    }
    list?.push(o);
  }
  return picked;
}

const PICKED = [
  'emigrants_total',
  'immigrants_total',
  'corridor_stock',
  'corridor_share_of_emigrants',
] as const;

function checkStocks(
  picked: Map<string, Observation[]>,
  corridors: Map<string, Corridor>,
  issues: Issue[],
  cellOf: ValueCell,
): void {
  const emigrants = byCountryYear(picked.get('emigrants_total')!, 'emigrants_total');
  const immigrants = byCountryYear(picked.get('immigrants_total')!, 'immigrants_total');
  const obs = picked.get('corridor_stock')!;
  for (let k = 0; k < obs.length; k++) {
    const o = obs[k]!;
    if (o.indicator !== 'corridor_stock') continue;
    const c = corridors.get(o.corridorId);
    if (!c) continue;
    const e = emigrants.get(`${c.origin}|${o.year}`);
    if (e && o.value > e.value) {
      issues.push(
        issue(
          'inconsistent',
          cellOf(o),
          `corridor_stock of ${c.id} in ${o.year} expects at most emigrants_total of ${c.origin} (${fmt(e.value)}, row ${e.row}), found ${fmt(o.value)}`,
        ),
      );
    }
    const m = immigrants.get(`${c.destination}|${o.year}`);
    if (m && o.value > m.value) {
      issues.push(
        issue(
          'inconsistent',
          cellOf(o),
          `corridor_stock of ${c.id} in ${o.year} expects at most immigrants_total of ${c.destination} (${fmt(m.value)}, row ${m.row}), found ${fmt(o.value)}`,
        ),
      );
    }
  }
}

function checkShareSums(
  obs: readonly Observation[],
  corridors: Map<string, Corridor>,
  issues: Issue[],
  cellOf: ValueCell,
): void {
  const groups = new Map<string, Observation[]>();
  for (let k = 0; k < obs.length; k++) {
    const o = obs[k]!;
    if (o.indicator !== 'corridor_share_of_emigrants') continue;
    const c = corridors.get(o.corridorId);
    if (!c) continue;
    const key = `${c.origin}|${o.year}`;
    const g = groups.get(key);
    if (g) g.push(o);
    else groups.set(key, [o]);
  }
  for (const [key, group] of groups) {
    const sum = group.reduce((s, o) => s + o.value, 0);
    if (group.length < 2 || sum <= 100 + 1e-9) continue;
    const [origin, year] = key.split('|');
    const last = group[group.length - 1]!;
    issues.push(
      issue(
        'inconsistent',
        cellOf(last),
        `corridor_share_of_emigrants of ${origin} in ${year} expects a total of at most 100 % over its corridors, found ${fmt(sum)} % (${group.map((o) => o.corridorId).join(', ')})`,
      ),
    );
  }
}

function checkSameCountryValue(
  obs: readonly Observation[],
  issues: Issue[],
  cellOf: ValueCell,
  index: SeriesIndex,
): void {
  // the key indicator|side|country|year: a row with a country is in that country's series
  // (indicator|side|country), whose years hold the first row of each year. A series that also
  // holds rows without a country (keyed by a corridor id that a country cell repeats) keeps
  // the first row with a country of each year here instead.
  const mixed = new Uint8Array(index.series.length);
  for (let k = 0; k < obs.length; k++) if (!obs[k]!.country) mixed[index.seriesOf[k]!] = 1;
  const first: (Map<number, Observation> | undefined)[] = [];
  for (let k = 0; k < obs.length; k++) {
    const o = obs[k]!;
    if (!o.country) continue;
    const id = index.seriesOf[k]!;
    let f: Observation | undefined;
    if (mixed[id] === 0) {
      f = firstOfYear(index.series[id]!.years, o.year);
      if (f === o) continue;
    } else {
      let byYear = first[id];
      if (byYear === undefined) first[id] = byYear = new Map();
      f = byYear.get(o.year);
      if (!f) {
        byYear.set(o.year, o);
        continue;
      }
    }
    if (f !== undefined && f.value !== o.value) {
      issues.push(
        issue(
          'inconsistent',
          cellOf(o),
          `${o.indicator} of ${o.country} in ${o.year} expects the same value in every corridor, found ${fmt(o.value)} for ${o.corridorId} and ${fmt(f.value)} for ${f.corridorId} (row ${f.row})`,
          'warning',
        ),
      );
    }
  }
}

/** The observation of `year` in a series' years (sorted by year, one per year), by bisection. */
function firstOfYear(years: readonly Observation[], year: number): Observation | undefined {
  let lo = 0;
  let hi = years.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const y = years[mid]!.year;
    if (y === year) return years[mid];
    if (y < year) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

export function checkConsistency(
  obs: readonly Observation[],
  corridors: Map<string, Corridor>,
  issues: Issue[],
  cellOf: ValueCell,
  index: SeriesIndex = indexSeries(obs),
): void {
  const picked = pickRows(obs);
  checkStocks(picked, corridors, issues, cellOf);
  checkShareSums(picked.get('corridor_share_of_emigrants')!, corridors, issues, cellOf);
  checkSameCountryValue(obs, issues, cellOf, index);
}
