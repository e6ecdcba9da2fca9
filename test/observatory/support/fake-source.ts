/** An in-memory ObservatorySource with a handful of real-looking corridors. */
import type {
  CorridorFacts,
  CountryFacts,
  CountryRef,
  ObservatorySource,
  PairRef,
} from '../../../src/core/observatory/port.ts';

const COUNTRIES: CountryRef[] = [
  { iso3: 'MEX', name: 'Mexico', region: 'Americas', subregion: 'Central America' },
  {
    iso3: 'USA',
    name: 'United States of America',
    region: 'Americas',
    subregion: 'Northern America',
  },
  { iso3: 'SYR', name: 'Syrian Arab Republic', region: 'Asia', subregion: 'Western Asia' },
  { iso3: 'DEU', name: 'Germany', region: 'Europe', subregion: 'Western Europe' },
  { iso3: 'GTM', name: 'Guatemala', region: 'Americas', subregion: 'Central America' },
  { iso3: 'TUV', name: 'Tuvalu', region: 'Oceania', subregion: 'Polynesia' },
];

export const PAIRS: PairRef[] = [
  { origin: 'MEX', destination: 'USA', stock: 10_853_105 },
  { origin: 'SYR', destination: 'DEU', stock: 651_722 },
  { origin: 'GTM', destination: 'USA', stock: 1_100_000 },
  { origin: 'GTM', destination: 'MEX', stock: 40_000 },
  { origin: 'USA', destination: 'MEX', stock: 797_266 },
  { origin: 'TUV', destination: 'USA', stock: 120 },
];

const series = (from: number, values: number[], step = 5) =>
  values.map((value, i) => ({ year: from + i * step, value }));

function facts(origin: string, destination: string): CorridorFacts {
  const pair = PAIRS.find((p) => p.origin === origin && p.destination === destination);
  const emigrants = PAIRS.filter((p) => p.origin === origin).reduce((s, p) => s + p.stock, 0);
  const base: CorridorFacts = {
    origin,
    destination,
    stock: pair
      ? series(1990, [
          pair.stock * 0.4,
          pair.stock * 0.6,
          pair.stock * 0.8,
          pair.stock * 0.9,
          pair.stock * 0.95,
          pair.stock * 0.97,
          pair.stock,
        ])
      : [],
    originEmigrants: [{ year: 2020, value: emigrants }],
    remittances: null,
    cost: [],
    refugees: [],
  };
  if (origin === 'MEX' && destination === 'USA')
    return {
      ...base,
      remittances: { year: 2018, value: 30_000e6 },
      cost: [
        { period: '2019Q4', value: 5.2 },
        { period: '2020Q1', value: 4.8 },
        { period: '2020Q2', value: -1.5 },
        { period: '2020Q3', value: 4.6 },
      ],
      refugees: [{ year: 2019, refugees: 9000, asylumSeekers: 100_000 }],
    };
  if (origin === 'SYR')
    return {
      ...base,
      refugees: series(2015, [100_000, 400_000, 500_000, 530_000, 560_000], 1).map((p) => ({
        year: p.year,
        refugees: p.value,
        asylumSeekers: 20_000,
      })),
    };
  return base;
}

function country(iso3: string): CountryFacts | null {
  const ref = COUNTRIES.find((c) => c.iso3 === iso3);
  if (!ref) return null;
  const k = ref.iso3.charCodeAt(0);
  return {
    ...ref,
    gdpPerCapitaPpp: [{ year: 2022, value: 1000 * k }],
    hdi: [{ year: 2022, value: 0.5 + k / 1000 }],
    unemployment: iso3 === 'TUV' ? [] : [{ year: 2023, value: k / 10 }],
    population: [{ year: 2023, value: 1e6 * k }],
    remittancesReceived: [{ year: 2022, value: 1e8 * k }],
  };
}

export const fakeSource = (): ObservatorySource => ({
  vintage: () => ({
    version: 'test-1',
    builtAt: '2026-11-29T00:00:00Z',
    sources: [
      {
        id: 'undesa_ims2020',
        short: 'UN DESA',
        name: 'UN DESA, International Migrant Stock 2020',
        vintage: 'Rev. 2020',
        licence: 'UN terms of use',
        url: 'https://www.un.org/development/desa/pd/',
      },
      {
        id: 'wb_rpw',
        short: 'World Bank RPW',
        name: 'World Bank, Remittance Prices Worldwide',
        vintage: 'updated 2020-12-07',
        licence: 'CC BY 4.0',
        url: 'https://remittanceprices.worldbank.org',
      },
    ],
  }),
  countries: () => COUNTRIES,
  pairs: () => PAIRS,
  corridor: facts,
  country,
  deathsByRegion: () => [
    { region: 'North America', points: series(2014, [300, 400, 500], 1) },
    { region: 'Mediterranean', points: series(2014, [3000, 4000, 5000], 1) },
    { region: 'Europe', points: series(2014, [10, 20, 30], 1) },
  ],
});
