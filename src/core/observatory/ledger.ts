/**
 * The data-gap ledger: what the open data cover for a corridor, and what
 * only national statistics can give.
 * @module
 */
import type { KeyFigure } from './key-figures.ts';
import { SOURCE_IDS } from './port.ts';

export type LedgerStatus = 'open data' | 'not covered' | 'region only' | 'national data only';

export interface LedgerRow {
  topic: string;
  status: LedgerStatus;
  /** Latest year or period in the open data, when covered. */
  latest: string | null;
  source: string | null;
  /** Where to get it, or what the open figure lacks. */
  comment: string;
}

/** Topics no open international dataset covers by corridor, with who holds them. */
const NATIONAL_ONLY: readonly [string, string][] = [
  [
    'Annual arrivals and departures',
    'Population registers, residence permits and border statistics of both countries.',
  ],
  [
    'Migrants by sex, age and education',
    'Destination census or labour force survey, by country of birth.',
  ],
  [
    'Employment, wages and working conditions of migrants',
    'Destination labour force survey; labour inspection records.',
  ],
  [
    'Recruitment costs paid by workers (SDG 10.7.1)',
    "Origin's labour migration surveys or recruitment agency records.",
  ],
  [
    'Irregular entries, stays and returns',
    'Border, enforcement and return statistics of the destination and transit countries.',
  ],
  [
    'Remittances by channel, recorded',
    'Central bank balance of payments and money transfer operator reports (the open figure is a model estimate).',
  ],
  ['Return and reintegration', "Origin's return migration surveys and administrative records."],
];

/** One row per open topic (from the key figures) and per national-only topic. */
export function dataGapLedger(figures: readonly KeyFigure[]): LedgerRow[] {
  const byKey = new Map(figures.map((f) => [f.key, f]));
  const open = (topic: string, key: KeyFigure['key'], gap: string): LedgerRow => {
    const f = byKey.get(key);
    if (f && f.value !== null)
      return {
        topic,
        status: key === 'dead_missing_route' ? 'region only' : 'open data',
        latest: f.period,
        source: f.source,
        comment:
          key === 'dead_missing_route' ? 'Counted by region of incident, not by corridor.' : f.note,
      };
    return { topic, status: 'not covered', latest: null, source: f?.source ?? null, comment: gap };
  };
  return [
    open('Migrant stock', 'stock', 'Destination census by country of birth.'),
    open(
      'Remittances',
      'remittances',
      "Origin's central bank (balance of payments by counterpart country).",
    ),
    open(
      'Cost of sending remittances',
      'cost_200_usd',
      'Price surveys of money transfer operators in the destination.',
    ),
    open('Refugees and asylum seekers', 'refugees', "Destination's asylum authority."),
    open(
      'Deaths and disappearances on the route',
      'dead_missing_route',
      'Coroners, coast guards and civil society records.',
    ),
    {
      topic: 'Economic and social context at both ends',
      status: 'open data',
      latest: null,
      source: `${SOURCE_IDS.wdi}; ${SOURCE_IDS.hdi}`,
      comment: 'See "Origin and destination".',
    },
    ...NATIONAL_ONLY.map(
      ([topic, comment]): LedgerRow => ({
        topic,
        status: 'national data only',
        latest: null,
        source: null,
        comment,
      }),
    ),
  ];
}
