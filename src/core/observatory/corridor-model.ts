/**
 * The page model of one corridor: everything its page, card and downloads
 * show, computed once from the port.
 * @module
 */
import type { CorridorAssessment } from './assessment.ts';
import { type KeyFigure, keyFigures, type RouteDeaths } from './key-figures.ts';
import { dataGapLedger, type LedgerRow } from './ledger.ts';
import {
  type CountryFacts,
  type CountryRef,
  type Point,
  type RefugeeYear,
  SOURCE_IDS,
} from './port.ts';
import { routeRegions } from './route-regions.ts';
import { pairId, type SiteContext } from './site-context.ts';
import { latest, yearlyCost } from './yearly.ts';

export interface ComparisonRow {
  label: string;
  unit: string;
  origin: Point | null;
  destination: Point | null;
  source: string;
  digits: number;
}

export interface CorridorModel {
  id: string;
  origin: CountryRef;
  destination: CountryRef;
  figures: KeyFigure[];
  stock: Point[];
  costYearly: Point[];
  costQuarterly: { period: string; value: number }[];
  costExcluded: { period: string; value: number }[];
  refugees: RefugeeYear[];
  deaths: RouteDeaths | null;
  comparison: ComparisonRow[];
  ledger: LedgerRow[];
  assessment: CorridorAssessment | null;
}

const unknownCountry = (iso3: string): CountryRef => ({
  iso3,
  name: iso3,
  region: '',
  subregion: '',
});

function routeDeaths(ctx: SiteContext, regionsOfRoute: string[]): RouteDeaths | null {
  const regions = regionsOfRoute.filter((r) => ctx.deaths.has(r));
  if (!regions.length) return null;
  const sums = new Map<number, number>();
  for (const r of regions)
    for (const p of ctx.deaths.get(r)!.points) sums.set(p.year, (sums.get(p.year) ?? 0) + p.value);
  return {
    regions,
    byYear: [...sums.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([year, value]) => ({ year, value })),
  };
}

function comparison(o: CountryFacts | null, d: CountryFacts | null): ComparisonRow[] {
  const row = (
    label: string,
    unit: string,
    pick: (c: CountryFacts) => Point[],
    source: string,
    digits: number,
  ): ComparisonRow => ({
    label,
    unit,
    origin: o ? latest(pick(o)) : null,
    destination: d ? latest(pick(d)) : null,
    source,
    digits,
  });
  return [
    row('GDP per capita', 'international $ (PPP)', (c) => c.gdpPerCapitaPpp, SOURCE_IDS.wdi, 0),
    row('Human Development Index', '0 to 1', (c) => c.hdi, SOURCE_IDS.hdi, 3),
    row('Unemployment', '% of labour force (ILO model)', (c) => c.unemployment, SOURCE_IDS.wdi, 1),
    row('Population', 'persons', (c) => c.population, SOURCE_IDS.wdi, 0),
    row('Remittances received', 'US$', (c) => c.remittancesReceived, SOURCE_IDS.wdi, 0),
  ];
}

/** Builds the model of the corridor origin -> destination. */
export function corridorModel(
  ctx: SiteContext,
  originCode: string,
  destinationCode: string,
): CorridorModel {
  const facts = ctx.source.corridor(originCode, destinationCode);
  const origin = ctx.countries.get(originCode) ?? unknownCountry(originCode);
  const destination = ctx.countries.get(destinationCode) ?? unknownCountry(destinationCode);
  const deaths = routeDeaths(ctx, facts.routeRegions ?? routeRegions(origin, destination));
  const figures = keyFigures(facts, deaths);
  const cost = yearlyCost(facts.cost);
  const id = pairId(originCode, destinationCode);
  return {
    id,
    origin,
    destination,
    figures,
    stock: [...facts.stock].sort((a, b) => a.year - b.year),
    costYearly: cost.yearly,
    costQuarterly: [...facts.cost].sort((a, b) => a.period.localeCompare(b.period)),
    costExcluded: cost.excluded,
    refugees: [...facts.refugees].sort((a, b) => a.year - b.year),
    deaths,
    comparison: comparison(ctx.source.country(originCode), ctx.source.country(destinationCode)),
    ledger: dataGapLedger(figures),
    assessment: ctx.assessments.get(id) ?? null,
  };
}
