import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadPack } from '../../src/adapters/pack/index.ts';
import { placeOf, routeRegions } from '../../src/core/pack/derive/index.ts';
import { factsFromShards } from '../../src/core/pack/facts.ts';
import type { LoadedPack } from '../../src/core/pack/reader.ts';
import { mulberry32 as seeded } from '../../src/core/stats/mulberry32.ts';
import { buildTemplate } from '../../src/core/template/index.ts';
import { COLUMNS, INPUT_TABS } from '../../src/core/template/layout.ts';
import { Oracle } from './oracle.ts';

const PAIRS = 520;
const at = (name: (typeof COLUMNS.Indicators)[number]) => COLUMNS.Indicators.indexOf(name);
/** RPW quarters are float32 values; the pack stores their shortest exact form, the mean may round apart by a cent. */
const TOLERANCE: Record<string, number> = { corridor_remit_cost: 0.01 + 1e-9 };
const FLOAT32 = new Set([
  'political_stability',
  'wgi_political_stability',
  'wgi_rule_of_law',
  'wgi_voice_accountability',
  'wgi_government_effectiveness',
  'wgi_regulatory_quality',
  'wgi_control_of_corruption',
]);

let pack: LoadedPack;
let oracle: Oracle;
let pairs: [string, string][];
/** Region -> year -> stock of every corridor attributed to it, from the raw stock CSV. */
const routeStock = new Map<string, Map<number, number>>();

beforeAll(() => {
  pack = loadPack('data/pack');
  oracle = new Oracle();
  const universe = [...oracle.stock.entries()]
    .filter(([, years]) => [...years.values()].some((v) => v > 0))
    .map(([k]) => k.split('>') as [string, string])
    .sort((a, b) => `${a}`.localeCompare(`${b}`));
  const random = seeded(11);
  const drawn = new Set<number>();
  while (drawn.size < PAIRS) drawn.add(Math.floor(random() * universe.length));
  pairs = [...drawn].map((i) => universe[i]!);
  // Independent attribution denominators: regions by the documented rules, stock from the CSV.
  const m49 = Papa.parse<Record<string, string>>(
    readFileSync('data/country_codes_iso_m49.csv', 'utf8'),
    {
      header: true,
      skipEmptyLines: true,
    },
  ).data;
  const info = new Map(
    m49.map((r) => [
      r.iso3!,
      {
        name: r.name!,
        region: r.un_region!,
        subregion: r.un_subregion!,
        intermediateRegion: r.un_intermediate_region!,
      },
    ]),
  );
  for (const [o, d] of universe) {
    const regions = routeRegions(placeOf(o, info.get(o)), placeOf(d, info.get(d)));
    for (const g of regions) {
      const years = routeStock.get(g) ?? new Map<number, number>();
      for (let y = 2014; y <= 2024; y++)
        years.set(y, (years.get(y) ?? 0) + (oracle.stockAt(o, d, y, 4) ?? 0));
      routeStock.set(g, years);
    }
  }
});

describe('pre-filled values against the raw extracts', () => {
  test(`every pre-filled value of ${PAIRS} seeded pairs equals the value computed from the CSV files`, () => {
    let checked = 0;
    const wrong: string[] = [];
    const indicators = new Set<string>();
    for (const [o, d] of pairs) {
      const facts = factsFromShards(pack.manifest, {
        origin: pack.shards.get(o)!,
        destination: pack.shards.get(d)!,
      });
      const id = `${o}-${d}`;
      const built = buildTemplate({
        corridors: [{ origin: o, destination: d }],
        generatedAt: '2026-11-30T00:00:00Z',
        prefill: new Map([[id, facts]]),
      });
      const regions = facts.routes;
      const routes = {
        regions,
        stock: (g: string, y: number) => Math.round(routeStock.get(g)?.get(y) ?? 0),
      };
      for (const row of (built.workbook.tabs[INPUT_TABS.indicators] ?? []).slice(1)) {
        const value = row[at('value')];
        if (typeof value !== 'number') continue;
        const indicator = String(row[at('indicator')]);
        const side = String(row[at('side')]);
        const year = Number(row[at('year')]);
        const expected = oracle.expected(indicator, side, o, d, year, routes);
        indicators.add(indicator);
        checked++;
        const ok =
          expected !== undefined &&
          (FLOAT32.has(indicator)
            ? Math.fround(expected) === Math.fround(value)
            : Math.abs(expected - value) <=
              (TOLERANCE[indicator] ?? 1e-9 * Math.max(1, Math.abs(expected))));
        if (!ok)
          wrong.push(
            `${id} ${indicator} ${side} ${year}: pre-filled ${value}, raw data give ${expected}`,
          );
      }
    }
    expect(wrong.slice(0, 20)).toEqual([]);
    expect(checked).toBeGreaterThan(50_000);
    expect(indicators.size).toBeGreaterThanOrEqual(35);
  });

  test('every corridor stock, KNOMAD remittance and visa value of the raw data is pre-filled', () => {
    const missing: string[] = [];
    for (const [o, d] of pairs.slice(0, 200)) {
      const facts = factsFromShards(pack.manifest, {
        origin: pack.shards.get(o)!,
        destination: pack.shards.get(d)!,
      });
      const built = buildTemplate({
        corridors: [{ origin: o, destination: d }],
        generatedAt: '2026-11-30T00:00:00Z',
        prefill: new Map([[`${o}-${d}`, facts]]),
      });
      const rows = (built.workbook.tabs[INPUT_TABS.indicators] ?? []).slice(1);
      const has = (indicator: string, year: number) =>
        rows.some(
          (r) =>
            r[at('indicator')] === indicator &&
            r[at('year')] === year &&
            typeof r[at('value')] === 'number',
        );
      for (const [year] of oracle.stock.get(`${o}>${d}`) ?? []) {
        if (!has('corridor_stock', year)) missing.push(`${o}-${d} corridor_stock ${year}`);
      }
      if (oracle.knomad.has(`${d}>${o}`) && !has('corridor_remittances', 2018))
        missing.push(`${o}-${d} corridor_remittances`);
      if (oracle.visa.has(`${o}>${d}`) && !has('visa_required', 2025))
        missing.push(`${o}-${d} visa_required`);
    }
    expect(missing).toEqual([]);
  });
});
