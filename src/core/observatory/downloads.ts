/**
 * One corridor's data as CSV, JSON and SDMX-CSV: one observation per row,
 * each with its period, unit and source, so a download can be cited alone.
 * @module
 */
import { toCsv } from '../contract/csv.ts';
import { citation } from './cite.ts';
import type { CorridorModel } from './corridor-model.ts';
import { SOURCE_IDS } from './port.ts';
import type { SiteContext } from './site-context.ts';

export interface Observation {
  indicator: string;
  side: 'corridor' | 'origin' | 'destination' | 'route_region';
  period: string;
  value: number;
  unit: string;
  source: string;
}

/** Every observation behind the corridor page, in page order. */
export function observations(m: CorridorModel): Observation[] {
  const S = SOURCE_IDS;
  const out: Observation[] = [];
  const add = (
    indicator: string,
    side: Observation['side'],
    period: string | number,
    value: number,
    unit: string,
    source: string,
  ) => out.push({ indicator, side, period: String(period), value, unit, source });
  for (const p of m.stock) add('migrant_stock', 'corridor', p.year, p.value, 'persons', S.stock);
  for (const f of m.figures) {
    if (f.value === null || f.period === null) continue;
    if (f.key === 'share_of_emigrants')
      add(f.key, 'corridor', f.period, f.value, 'percent', f.source);
    if (f.key === 'remittances')
      add('remittances_destination_to_origin', 'corridor', f.period, f.value, 'USD', f.source);
    if (f.key === 'remittances_per_migrant')
      add(f.key, 'corridor', f.period, f.value, 'USD', f.source);
  }
  for (const p of m.costQuarterly)
    add('cost_sending_200_usd', 'corridor', p.period, p.value, 'percent', S.cost);
  for (const r of m.refugees) {
    if (r.refugees !== null) add('refugees', 'corridor', r.year, r.refugees, 'persons', S.refugees);
    if (r.asylumSeekers !== null)
      add('asylum_seekers', 'corridor', r.year, r.asylumSeekers, 'persons', S.refugees);
  }
  for (const p of m.deaths?.byYear ?? [])
    add('dead_missing_route_regions', 'route_region', p.year, p.value, 'persons', S.deaths);
  const codes: Record<string, string> = {
    'GDP per capita': 'gdp_per_capita_ppp',
    'Human Development Index': 'hdi',
    Unemployment: 'unemployment_pct',
    Population: 'population',
    'Remittances received': 'remittances_received',
  };
  for (const r of m.comparison) {
    const unit = r.unit.startsWith('%')
      ? 'percent'
      : r.unit === 'US$'
        ? 'USD'
        : r.unit === '0 to 1'
          ? 'index'
          : r.unit === 'persons'
            ? 'persons'
            : 'intl_usd_ppp';
    if (r.origin) add(codes[r.label]!, 'origin', r.origin.year, r.origin.value, unit, r.source);
    if (r.destination)
      add(codes[r.label]!, 'destination', r.destination.year, r.destination.value, unit, r.source);
  }
  return out;
}

export function corridorCsv(m: CorridorModel): string {
  const rows: unknown[][] = [
    ['corridor', 'origin', 'destination', 'indicator', 'side', 'period', 'value', 'unit', 'source'],
  ];
  for (const o of observations(m))
    rows.push([
      m.id,
      m.origin.iso3,
      m.destination.iso3,
      o.indicator,
      o.side,
      o.period,
      o.value,
      o.unit,
      o.source,
    ]);
  return toCsv(rows);
}

export const SDMX_OPEN_STRUCTURE = 'CM:DF_CORRIDOR_OPEN_DATA(1.0)';

/** SDMX-CSV 2.0: quarters as `2020-Q3`, upper-case codes; see docs/observatory.md. */
export function corridorSdmxCsv(m: CorridorModel): string {
  const rows: unknown[][] = [
    [
      'STRUCTURE',
      'STRUCTURE_ID',
      'ACTION',
      'CORRIDOR',
      'ORIGIN',
      'DESTINATION',
      'INDICATOR',
      'SIDE',
      'TIME_PERIOD',
      'OBS_VALUE',
      'UNIT_MEASURE',
      'OBS_STATUS',
      'SOURCE',
    ],
  ];
  for (const o of observations(m))
    rows.push([
      'dataflow',
      SDMX_OPEN_STRUCTURE,
      'I',
      m.id,
      m.origin.iso3,
      m.destination.iso3,
      o.indicator.toUpperCase(),
      o.side.toUpperCase(),
      o.period.replace(/^(\d{4})Q(\d)$/, '$1-Q$2'),
      o.value,
      o.unit.toUpperCase(),
      'A',
      o.source,
    ]);
  return toCsv(rows);
}

export function corridorJson(ctx: SiteContext, m: CorridorModel): string {
  const used = new Set(observations(m).flatMap((o) => o.source.split(';').map((s) => s.trim())));
  const doc = {
    corridor: m.id,
    origin: { iso3: m.origin.iso3, name: m.origin.name },
    destination: { iso3: m.destination.iso3, name: m.destination.name },
    keyFigures: m.figures,
    observations: observations(m),
    ledger: m.ledger,
    assessment: m.assessment,
    citation: citation(
      ctx,
      `Migration corridor ${m.origin.name} → ${m.destination.name}`,
      `corridor/${m.id}/`,
    ),
    pack: { version: ctx.vintage.version, builtAt: ctx.vintage.builtAt },
    sources: ctx.vintage.sources.filter((s) => used.has(s.id)),
    generatedAt: ctx.options.generatedAt,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
