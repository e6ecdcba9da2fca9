/**
 * Every derived indicator of the pack that is computed when a corridor is
 * read: its formula (recorded in the manifest) and its computation, in one
 * place. Inputs are the stored series of the two ends and of the pair.
 * @module
 */
import { VISA_CATEGORIES } from '../series.ts';
import type { Point, RouteRegion, SeriesMeta, SeriesSet } from '../types.ts';
import { STOCK_HOLD_YEARS } from './aggregates.ts';
import { byYear, interpolate, round } from './numbers.ts';

export interface PairContext {
  origin: string;
  destination: string;
  /** Stored country series (aggregates included) of the origin and destination. */
  o: SeriesSet;
  d: SeriesSet;
  pair: SeriesSet;
  /** Missing Migrants regions the corridor is attributed to. */
  routes: readonly string[];
  routeTable: ReadonlyMap<string, RouteRegion>;
}

export interface CountryDerivation {
  meta: SeriesMeta;
  compute: (s: SeriesSet) => Point[];
}

export interface PairDerivation {
  meta: SeriesMeta;
  compute: (c: PairContext) => Point[];
}

/** `times * a / b` for every year both series have, rounded. */
function ratioByYear(
  a: readonly Point[] | undefined,
  b: readonly Point[] | undefined,
  times: number,
  digits: number,
  plusNumerator = false,
): Point[] {
  const den = byYear(b);
  const out: Point[] = [];
  for (const [year, num] of byYear(a)) {
    const base = den.get(year);
    if (base === undefined) continue;
    const d = plusNumerator ? base + num : base;
    if (d === 0) continue;
    out.push([year, round((times * num) / d, digits)]);
  }
  return out;
}

const countryMeta = (m: Omit<SeriesMeta, 'level' | 'code'> & { code?: string }): SeriesMeta => ({
  code: 'derived',
  ...m,
  level: 'country',
});
const pairMeta = (m: Omit<SeriesMeta, 'level' | 'code'> & { code?: string }): SeriesMeta => ({
  code: 'derived',
  ...m,
  level: 'bilateral',
});

export const COUNTRY_DERIVATIONS: readonly CountryDerivation[] = [
  {
    meta: countryMeta({
      id: 'emigration_rate',
      label: 'Emigration rate',
      unit: '% of (population + emigrants)',
      sources: ['undesa_ims2020', 'wb_wdi'],
      code: 'UN_DESA_IMS; SP.POP.TOTL',
      note: 'derived, rounded to 2 decimals',
      formula: '100 x emigrants_total / (population + emigrants_total), stock years only',
      inputs: ['emigrants_total', 'population'],
      confidence: 'high',
    }),
    compute: (s) => ratioByYear(s.emigrants_total, s.population, 100, 2, true),
  },
  {
    meta: countryMeta({
      id: 'net_migration_rate',
      label: 'Net migration rate',
      unit: 'per 1,000 people',
      sources: ['wb_wdi'],
      code: 'SM.POP.NETM / SP.POP.TOTL',
      note: 'derived, rounded to 2 decimals',
      formula: '1000 x net_migration / population',
      inputs: ['net_migration', 'population'],
      confidence: 'high',
    }),
    compute: (s) => ratioByYear(s.net_migration, s.population, 1000, 2),
  },
  {
    meta: countryMeta({
      id: 'immigrant_share',
      label: 'International migrant stock',
      unit: '% of population',
      sources: ['wb_wdi'],
      code: 'SM.POP.TOTL / SP.POP.TOTL',
      note: 'derived, rounded to 2 decimals; SM.POP.TOTL is 5-yearly (UN DESA)',
      formula: '100 x immigrants_total / population',
      inputs: ['immigrants_total', 'population'],
      confidence: 'high',
    }),
    compute: (s) => ratioByYear(s.immigrants_total, s.population, 100, 2),
  },
  {
    meta: countryMeta({
      id: 'refugees_per_100k',
      label: 'Refugees by country of origin',
      unit: 'per 100,000 people',
      sources: ['unhcr_rdf', 'wb_wdi'],
      code: 'UNHCR_RDF_POPULATION; SP.POP.TOTL',
      note: 'derived, rounded to 1 decimal; UNHCR-mandate refugees only (no UNRWA Palestine refugees, no "Venezuelans displaced abroad")',
      formula: '100000 x refugees_from_origin / population (origin)',
      inputs: ['refugees_from_origin', 'population'],
      confidence: 'medium',
    }),
    compute: (s) => ratioByYear(s.refugees_from_origin, s.population, 1e5, 1),
  },
  {
    meta: countryMeta({
      id: 'refugees_per_100k_origin_pop',
      label: 'Refugees and asylum seekers from the origin per 100,000 origin population',
      unit: 'per 100,000 people',
      sources: ['unhcr_rdf', 'wb_wdi'],
      code: 'UNHCR_RDF_POPULATION; SP.POP.TOTL',
      note: 'derived, rounded to 1 decimal; UNHCR-mandate refugees plus asylum seekers, every country of asylum',
      formula:
        '100000 x (refugees_from_origin + asylum_seekers_from_origin) / population (origin), years with both UNHCR sums',
      inputs: ['refugees_from_origin', 'asylum_seekers_from_origin', 'population'],
      confidence: 'medium',
    }),
    compute: (s) => {
      const asylum = byYear(s.asylum_seekers_from_origin);
      const both: Point[] = (s.refugees_from_origin ?? []).flatMap((p): Point[] => {
        const a = asylum.get(p[0]);
        return a === undefined ? [] : [[p[0], p[1] + a]];
      });
      return ratioByYear(both, s.population, 1e5, 1);
    },
  },
];

const visaPoints = (c: PairContext, test: (category: string) => boolean): Point[] =>
  (c.pair.visa_category ?? []).map((p): Point => {
    const category = VISA_CATEGORIES[p[1] - 1] ?? 'unknown';
    return [
      p[0],
      test(category) ? 1 : 0,
      `${category}${p[2] && p[2] !== category ? ` (${p[2]})` : ''}`,
    ];
  });

/** Mid-year stock at `year`, linear between the UN DESA estimates. */
const stockAt = (c: PairContext, year: number, hold = 0) =>
  interpolate(c.pair.corridor_stock, year, hold);

export const PAIR_DERIVATIONS: readonly PairDerivation[] = [
  {
    meta: pairMeta({
      id: 'corridor_share_of_emigrants',
      label: "Corridor's share of the origin's emigrants",
      unit: '%',
      sources: ['undesa_ims2020'],
      code: 'UN_DESA_IMS_OD',
      note: 'derived, rounded to 2 decimals',
      formula: '100 x corridor_stock / emigrants_total (origin), same stock year',
      inputs: ['corridor_stock', 'emigrants_total'],
      confidence: 'high',
    }),
    compute: (c) => ratioByYear(c.pair.corridor_stock, c.o.emigrants_total, 100, 2),
  },
  {
    meta: pairMeta({
      id: 'remittance_per_migrant',
      label: 'Remittances per corridor migrant',
      unit: 'US$ per year',
      sources: ['knomad_brm2018', 'undesa_ims2020'],
      note: 'derived, rounded to whole US$; the stock at mid-2018 is linear between the 2015 and 2020 UN DESA estimates',
      formula: 'corridor_remittances(2018) x 1e6 / corridor_stock(mid-2018)',
      inputs: ['corridor_remittances', 'corridor_stock'],
      confidence: 'low',
    }),
    compute: (c) =>
      (c.pair.corridor_remittances ?? []).flatMap((p): Point[] => {
        const stock = stockAt(c, p[0]);
        if (stock === undefined || stock <= 0) return [];
        return [[p[0], Math.round((p[1] * 1e6) / stock), `stock ${Math.round(stock)}`]];
      }),
  },
  {
    meta: pairMeta({
      id: 'corridor_remit_cost',
      label: 'Average total cost of sending US$200 in the corridor',
      unit: '% of US$200 sent',
      sources: ['wb_rpw'],
      code: 'ATCR.CORR',
      note: 'annual mean of the quarters observed, sending destination -> receiving origin, rounded to 2 decimals; negative values (exchange-rate margin artefacts) left out',
      formula: 'mean over the quarters q of year y with rpw_cost_quarterly(q) >= 0',
      inputs: ['rpw_cost_quarterly'],
      confidence: 'high',
    }),
    compute: (c) => {
      const years = new Map<number, { kept: Point[]; dropped: Point[] }>();
      for (const p of c.pair.rpw_cost_quarterly ?? []) {
        const y = years.get(p[0]) ?? { kept: [], dropped: [] };
        (p[1] < 0 ? y.dropped : y.kept).push(p);
        years.set(p[0], y);
      }
      return [...years.entries()].flatMap(([year, y]): Point[] => {
        if (y.kept.length === 0) return [];
        const mean = y.kept.reduce((s, p) => s + p[1], 0) / y.kept.length;
        const quarters = y.kept.map((p) => p[2] ?? '').join(', ');
        const dropped = y.dropped.length
          ? `; negative value left out: ${y.dropped.map((p) => `${p[2]} (${p[1]})`).join(', ')}`
          : '';
        return [
          [year, round(mean, 2), `mean of ${y.kept.length} quarter(s) (${quarters})${dropped}`],
        ];
      });
    },
  },
  {
    meta: pairMeta({
      id: 'corridor_refugees_share',
      label: 'Refugees among the corridor migrants',
      unit: '% of corridor stock',
      sources: ['unhcr_rdf', 'undesa_ims2020'],
      note: 'derived, rounded to 2 decimals; UNHCR end-of-year refugees over the UN DESA mid-year stock interpolated to that year; left out where the refugees exceed the stock (the sources disagree: see the cross-source checks)',
      formula:
        '100 x corridor_refugees(y) / corridor_stock(y), stock linear between the 5-yearly estimates (1990-2020); none where corridor_refugees(y) > corridor_stock(y)',
      inputs: ['corridor_refugees', 'corridor_stock'],
      confidence: 'medium',
    }),
    compute: (c) =>
      (c.pair.corridor_refugees ?? []).flatMap((p): Point[] => {
        const stock = stockAt(c, p[0]);
        if (stock === undefined || stock <= 0 || p[1] > stock) return [];
        return [[p[0], round((100 * p[1]) / stock, 2)]];
      }),
  },
  {
    meta: pairMeta({
      id: 'route_dead_missing',
      label: 'Dead and missing migrants in the regions of incident attributed to the corridor',
      unit: 'persons per year',
      sources: ['iom_mmp'],
      code: 'SM_DTH_MIGR',
      note: 'IOM Missing Migrants regions of incident attributed to the corridor by UN M49 region of origin and destination (docs/open-data-pack.md); victims of every nationality; minimum estimates',
      formula: 'sum over the regions r attributed to the corridor of dead_and_missing(r, y)',
      inputs: ['routes'],
      confidence: 'low',
    }),
    compute: (c) => routeSums(c, false),
  },
  {
    meta: pairMeta({
      id: 'corridor_deaths_per_100k_migrants',
      label: 'Dead and missing on the corridor route per 100,000 corridor migrants',
      unit: 'per 100,000 migrants',
      sources: ['iom_mmp', 'undesa_ims2020'],
      note: 'deaths of a region of incident shared among the corridors attributed to it in proportion to their stock; rounded to 3 decimals; stock linear between UN DESA estimates, the 2020 estimate held for 2021-2024',
      formula:
        '100000 x sum over regions r attributed to the corridor of dead_and_missing(r, y) / stock of every corridor attributed to r (y)',
      inputs: ['routes', 'corridor_stock'],
      confidence: 'low',
    }),
    compute: (c) => routeSums(c, true),
  },
  {
    meta: pairMeta({
      id: 'visa_required',
      label: 'Origin passport needs a visa before travel to the destination',
      unit: '0/1',
      sources: ['passport_index2025'],
      code: 'PASSPORT_INDEX_2025',
      note: '1 = e-visa, visa required or no admission; 0 = visa free, visa on arrival or eta; short stay only',
      formula: '1 if visa_category in {e-visa, visa required, no admission} else 0',
      inputs: ['visa_category'],
      confidence: 'medium',
    }),
    compute: (c) =>
      visaPoints(c, (k) => k === 'e-visa' || k === 'visa required' || k === 'no admission'),
  },
  {
    meta: pairMeta({
      id: 'visa_free_access',
      label: 'Visa-free access for origin nationals',
      unit: '0/1',
      sources: ['passport_index2025'],
      code: 'PASSPORT_INDEX_2025',
      note: '1 = visa free or free movement; short stay only, nothing about work or residence',
      formula: '1 if visa_category = visa free else 0',
      inputs: ['visa_category'],
      confidence: 'medium',
    }),
    compute: (c) => visaPoints(c, (k) => k === 'visa free'),
  },
  {
    meta: pairMeta({
      id: 'gdp_pc_ppp_ratio',
      label: 'GDP per capita PPP, destination to origin',
      unit: 'ratio D/O',
      sources: ['wb_wdi'],
      code: 'NY.GDP.PCAP.PP.CD',
      note: 'derived, rounded to 3 decimals; current international $ (the constant-price PP.KD is not in the extract)',
      formula: 'gdp_pc_ppp (destination) / gdp_pc_ppp (origin), same year',
      inputs: ['gdp_pc_ppp'],
      confidence: 'high',
    }),
    compute: (c) => ratioByYear(c.d.gdp_pc_ppp, c.o.gdp_pc_ppp, 1, 3),
  },
  {
    meta: pairMeta({
      id: 'hdi_gap',
      label: 'HDI gap, destination minus origin',
      unit: 'HDI points',
      sources: ['undp_hdr2023_24'],
      code: 'HDI',
      note: 'derived, rounded to 3 decimals',
      formula: 'hdi (destination) - hdi (origin), same year',
      inputs: ['hdi'],
      confidence: 'high',
    }),
    compute: (c) => {
      const o = byYear(c.o.hdi);
      return (c.d.hdi ?? []).flatMap((p): Point[] => {
        const v = o.get(p[0]);
        return v === undefined ? [] : [[p[0], round(p[1] - v, 3)]];
      });
    },
  },
];

function routeSums(c: PairContext, perMigrant: boolean): Point[] {
  if (c.routes.length === 0) return [];
  const years = new Set<number>();
  for (const r of c.routes)
    for (const y of Object.keys(c.routeTable.get(r)?.years ?? {})) years.add(Number(y));
  return [...years]
    .sort((a, b) => a - b)
    .flatMap((year): Point[] => {
      let total = 0;
      for (const r of c.routes) {
        const cell = c.routeTable.get(r)?.years[String(year)];
        if (!cell) continue;
        if (!perMigrant) total += cell[0];
        else if (cell[1] > 0) total += (1e5 * cell[0]) / cell[1];
      }
      const tag = `regions: ${c.routes.join(', ')}`;
      if (perMigrant && stockAt(c, year, STOCK_HOLD_YEARS) === undefined) return [];
      return [[year, perMigrant ? round(total, 3) : total, tag]];
    });
}
