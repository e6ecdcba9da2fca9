/**
 * Derived series that need a whole source table, computed once at build time
 * and stored as country series: an origin's emigrants over every destination
 * of the UN DESA matrix, its refugees and asylum seekers over every country
 * of asylum, and the stock attributed to each Missing Migrants region.
 * @module
 */
import type { Point, RouteRegion, SeriesMeta } from '../types.ts';
import { interpolate } from './numbers.ts';

export const AGGREGATE_SERIES: readonly SeriesMeta[] = [
  {
    id: 'emigrants_total',
    label: 'Emigrants (origin row of the UN DESA matrix)',
    unit: 'persons',
    level: 'country',
    sources: ['undesa_ims2020'],
    code: 'UN_DESA_IMS_ORIGIN_TOTAL',
    note: "sum of the origin's row over the matrix's destinations (origin-unknown cells are not in it)",
    formula: 'emigrants_total(o, y) = sum over d of corridor_stock(o, d, y)',
    inputs: ['corridor_stock'],
    confidence: 'high',
  },
  {
    id: 'immigrants_matrix_total',
    label: 'Immigrants (destination column of the UN DESA matrix)',
    unit: 'persons',
    level: 'country',
    sources: ['undesa_ims2020'],
    code: 'UN_DESA_IMS_DESTINATION_TOTAL',
    note: "sum of the destination's column over the matrix's origins (migrants of unknown origin are not in it)",
    formula: 'immigrants_matrix_total(d, y) = sum over o of corridor_stock(o, d, y)',
    inputs: ['corridor_stock'],
    confidence: 'high',
  },
  {
    id: 'refugees_from_origin',
    label: 'Refugees from the origin in every country of asylum',
    unit: 'persons',
    level: 'country',
    sources: ['unhcr_rdf'],
    code: 'UNHCR_RDF_POPULATION',
    note: 'UNHCR-mandate refugees, end of year, summed over every country of asylum; empty source cells count as none (the tag says how many)',
    formula: 'refugees_from_origin(o, y) = sum over d of corridor_refugees(o, d, y)',
    inputs: ['corridor_refugees'],
    confidence: 'medium',
  },
  {
    id: 'asylum_seekers_from_origin',
    label: 'Asylum seekers from the origin in every country of asylum',
    unit: 'persons',
    level: 'country',
    sources: ['unhcr_rdf'],
    code: 'UNHCR_RDF_POPULATION',
    note: 'asylum seekers with pending claims, end of year, summed over every country of asylum',
    formula: 'asylum_seekers_from_origin(o, y) = sum over d of corridor_asylum_seekers(o, d, y)',
    inputs: ['corridor_asylum_seekers'],
    confidence: 'medium',
  },
];

/** A row of a bilateral table reduced to what the sums need. */
export interface PairValue {
  origin: string;
  destination: string;
  year: number;
  /** Undefined when the source cell is empty. */
  value: number | undefined;
}

/**
 * Sums a bilateral table over destinations, per origin and year. Empty cells
 * count as none; the tag of a year with empty cells says how many there were.
 */
export function sumByOrigin(rows: readonly PairValue[]): Map<string, Point[]> {
  const sums = new Map<string, Map<number, { total: number; blanks: number }>>();
  for (const r of rows) {
    const years = sums.get(r.origin) ?? new Map();
    const cell = years.get(r.year) ?? { total: 0, blanks: 0 };
    if (r.value === undefined) cell.blanks++;
    else cell.total += r.value;
    years.set(r.year, cell);
    sums.set(r.origin, years);
  }
  const out = new Map<string, Point[]>();
  for (const [origin, years] of sums) {
    out.set(
      origin,
      [...years.entries()]
        .sort(([a], [b]) => a - b)
        .map(
          ([year, c]): Point =>
            c.blanks > 0
              ? [year, c.total, `${c.blanks} destination(s) with no value, counted as none`]
              : [year, c.total],
        ),
    );
  }
  return out;
}

/** Stock years of UN DESA 2020 are 1990-2020; the last estimate stands for up to 4 later years. */
export const STOCK_HOLD_YEARS = 4;

/**
 * Per Missing Migrants region and year: dead and missing, and the stock of
 * every corridor attributed to the region at that year (linear between the
 * 5-yearly estimates, the 2020 estimate held for 2021-2024).
 */
export function routeTable(
  deaths: readonly { region: string; year: number; deadMissing: number }[],
  attributed: readonly { regions: readonly string[]; stock: readonly Point[] }[],
): RouteRegion[] {
  const byRegion = new Map<string, RouteRegion>();
  for (const d of deaths) {
    const entry = byRegion.get(d.region) ?? { region: d.region, years: {} };
    let stock = 0;
    for (const a of attributed) {
      if (!a.regions.includes(d.region)) continue;
      stock += interpolate(a.stock, d.year, STOCK_HOLD_YEARS) ?? 0;
    }
    const prior = entry.years[String(d.year)];
    entry.years[String(d.year)] = [(prior?.[0] ?? 0) + d.deadMissing, Math.round(stock)];
    byRegion.set(d.region, entry);
  }
  return [...byRegion.values()].sort((a, b) => a.region.localeCompare(b.region));
}
