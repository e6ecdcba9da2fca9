/**
 * The corridor key figures computed straight from the CSV extracts in data/,
 * independently of the pack and the observatory code, for the browser test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

const DATA = join(import.meta.dirname, '../../../data');
type Row = Record<string, string>;
const read = (file: string): Row[] =>
  Papa.parse<Row>(readFileSync(join(DATA, file), 'utf8'), { header: true, skipEmptyLines: true })
    .data;

export interface Extracts {
  stock: Map<string, Map<number, number>>;
  emigrants2020: Map<string, number>;
  remittances: Map<string, number>;
  cost: Map<string, { period: string; value: number }[]>;
  unhcr: Map<string, { year: number; refugees: number | null; asylumSeekers: number | null }[]>;
  deaths: Map<string, number>;
}

const num = (s: string | undefined) => (s === undefined || s === '' ? null : Number(s));

export function loadExtracts(): Extracts {
  const stock = new Map<string, Map<number, number>>();
  const emigrants2020 = new Map<string, number>();
  for (const r of read('undesa_ims2020_bilateral_stock.csv')) {
    const key = `${r.origin_iso3}-${r.destination_iso3}`;
    const v = Number(r.migrant_stock);
    if (!stock.has(key)) stock.set(key, new Map());
    stock.get(key)!.set(Number(r.year), v);
    if (r.year === '2020')
      emigrants2020.set(r.origin_iso3!, (emigrants2020.get(r.origin_iso3!) ?? 0) + v);
  }
  // remittances and their prices run from the destination (sending) to the origin (receiving)
  const remittances = new Map<string, number>();
  for (const r of read('knomad_bilateral_remittances_2018.csv'))
    remittances.set(
      `${r.receiving_iso3}-${r.sending_iso3}`,
      Number(r.remittances_usd_million) * 1e6,
    );
  const cost = new Map<string, { period: string; value: number }[]>();
  for (const r of read('wb_rpw_corridor_avg_total_cost_2011_2020.csv')) {
    const key = `${r.receiving_iso3}-${r.sending_iso3}`;
    const v = num(r.avg_total_cost_pct);
    if (v === null) continue;
    cost.set(key, [...(cost.get(key) ?? []), { period: r.period!, value: v }]);
  }
  const unhcr = new Map<
    string,
    { year: number; refugees: number | null; asylumSeekers: number | null }[]
  >();
  for (const r of read('unhcr_refugees_asylum_seekers_bilateral_1995_2019.csv')) {
    if (!r.origin_code || !r.asylum_country_code) continue;
    const key = `${r.origin_code}-${r.asylum_country_code}`;
    unhcr.set(key, [
      ...(unhcr.get(key) ?? []),
      { year: Number(r.year), refugees: num(r.refugees), asylumSeekers: num(r.asylum_seekers) },
    ]);
  }
  const deaths = new Map<string, number>();
  for (const r of read('iom_mmp_dead_missing_by_region_year_2014_2024.csv'))
    deaths.set(
      r.region_of_incident!,
      (deaths.get(r.region_of_incident!) ?? 0) + Number(r.dead_and_missing),
    );
  return { stock, emigrants2020, remittances, cost, unhcr, deaths };
}

/** Key figure values of one corridor as the page must show them (null = "No data"). */
export function expectedFigures(x: Extracts, id: string): Record<string, number | null> {
  const s = x.stock.get(id);
  const s2020 = s?.get(2020) ?? null;
  const s2015 = s?.get(2015) ?? null;
  const origin = id.split('-')[0]!;
  const rem = x.remittances.get(id) ?? null;
  const quarters = (x.cost.get(id) ?? [])
    .filter((q) => q.value >= 0)
    .sort((a, b) => (a.period < b.period ? 1 : -1));
  const ref = (x.unhcr.get(id) ?? []).sort((a, b) => b.year - a.year)[0];
  const mid2018 = s2015 !== null && s2020 !== null ? s2015 + ((s2020 - s2015) * 3) / 5 : null;
  return {
    stock: s2020,
    share_of_emigrants: s2020 === null ? null : (100 * s2020) / x.emigrants2020.get(origin)!,
    remittances: rem,
    remittances_per_migrant: rem !== null && mid2018 ? Math.round(rem / mid2018) : null,
    cost_200_usd: quarters[0]?.value ?? null,
    refugees: ref ? ref.refugees : null,
    asylum_seekers: ref ? ref.asylumSeekers : null,
  };
}
