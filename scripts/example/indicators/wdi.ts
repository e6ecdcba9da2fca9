/**
 * Country-level series from the World Development Indicators, per year and
 * per side the catalogue allows, plus the destination-to-origin PPP ratio.
 * @module
 */
import { countrySides } from '../catalogue-sides.ts';
import { type ExampleCorridor, PERIOD } from '../corridors.ts';
import { type Extracts, key } from '../extracts.ts';
import { type Confidence, countryOf, type ExampleValue, round, valueFor } from '../observation.ts';
import { WDI } from '../sources.ts';
import { num, type Row } from '../table.ts';

interface Series {
  indicator: string;
  code: string;
  /** The value for one WDI row, or undefined when it cannot be had. */
  read: (r: Row) => number | undefined;
  note: string;
  confidence: Confidence;
}

const ratio = (a: number | undefined, b: number | undefined, times: number, digits: number) =>
  a === undefined || b === undefined || b === 0 ? undefined : round((times * a) / b, digits);

const SERIES: readonly Series[] = [
  {
    indicator: 'gdp_pc_usd',
    code: 'NY.GDP.PCAP.CD',
    read: (r) => num(r.gdp_per_capita_usd),
    note: 'current US$',
    confidence: 'high',
  },
  {
    indicator: 'unemployment',
    code: 'SL.UEM.TOTL.ZS',
    read: (r) => num(r.unemployment_pct),
    note: 'ILO modelled estimate',
    confidence: 'medium',
  },
  {
    indicator: 'gini',
    code: 'SI.POV.GINI',
    read: (r) => num(r.gini_index),
    note: 'survey years only',
    confidence: 'high',
  },
  {
    indicator: 'poverty_extreme',
    code: 'SI.POV.DDAY',
    read: (r) => num(r.poverty_headcount_3usd_2021ppp_pct),
    note: 'SI.POV.DDAY now means the $3.00/day line at 2021 PPP (not $1.90 or $2.15); survey years only',
    confidence: 'high',
  },
  {
    indicator: 'remittances_gdp',
    code: 'BX.TRF.PWKR.CD.DT / NY.GDP.MKTP.CD',
    read: (r) => num(r.remittances_pct_gdp_derived),
    note: 'derived in the extract: 100 x BX.TRF.PWKR.CD.DT / NY.GDP.MKTP.CD (BX.TRF.PWKR.DT.GD.ZS is not in the WDI mirror used; values depend on the vintage)',
    confidence: 'medium',
  },
  {
    indicator: 'net_migration_rate',
    code: 'SM.POP.NETM / SP.POP.TOTL',
    read: (r) => ratio(num(r.net_migration), num(r.population), 1000, 2),
    note: 'derived: 1000 x SM.POP.NETM / SP.POP.TOTL, rounded to 2 decimals',
    confidence: 'high',
  },
  {
    indicator: 'immigrant_share',
    code: 'SM.POP.TOTL / SP.POP.TOTL',
    read: (r) => ratio(num(r.migrant_stock_total), num(r.population), 100, 2),
    note: 'derived: 100 x SM.POP.TOTL / SP.POP.TOTL, rounded to 2 decimals; SM.POP.TOTL is 5-yearly (UN DESA)',
    confidence: 'high',
  },
  {
    indicator: 'immigrants_total',
    code: 'SM.POP.TOTL',
    read: (r) => num(r.migrant_stock_total),
    note: 'UN DESA estimate as published in WDI (a later revision than the 2020 matrix); 5-yearly',
    confidence: 'high',
  },
];

function years(): number[] {
  return Array.from({ length: PERIOD.end - PERIOD.start + 1 }, (_, i) => PERIOD.start + i);
}

export function wdiValues(x: Extracts, c: ExampleCorridor): ExampleValue[] {
  const out: ExampleValue[] = [];
  for (const s of SERIES) {
    for (const side of countrySides(s.indicator, c)) {
      for (const year of years()) {
        const row = x.wdi.get(key(countryOf(c, side), year));
        const value = row ? s.read(row) : undefined;
        if (value === undefined) continue;
        const spec = { indicator: s.indicator, side, year, value, source: WDI, code: s.code };
        out.push(valueFor(c, { ...spec, note: s.note, confidence: s.confidence }));
      }
    }
  }
  return [...out, ...pppRatio(x, c)];
}

function pppRatio(x: Extracts, c: ExampleCorridor): ExampleValue[] {
  const pick = (iso: string, year: number) =>
    num(x.wdi.get(key(iso, year))?.gdp_per_capita_ppp_intl_usd);
  return years().flatMap((year) => {
    const value = ratio(pick(c.destination, year), pick(c.origin, year), 1, 3);
    if (value === undefined) return [];
    return [
      valueFor(c, {
        indicator: 'gdp_pc_ppp_ratio',
        side: 'corridor',
        year,
        value,
        source: WDI,
        code: 'NY.GDP.PCAP.PP.CD',
        note: `derived: GDP per capita PPP ${c.destination} / ${c.origin}, same year, current international $ (NY.GDP.PCAP.PP.CD; the constant-price PP.KD is not in the extract), rounded to 3 decimals`,
        confidence: 'high',
      }),
    ];
  });
}
