import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildObservatory, type Observatory } from '../../scripts/example/build-observatory.ts';
import { EXAMPLE_CATALOGUE } from '../../scripts/example/custom-indicators.ts';
import { readTable } from '../../scripts/example/table.ts';
import { observatoryCsvs } from '../../scripts/example/write-observatory.ts';
import { parseCsv } from '../../src/core/contract/csv.ts';
import { catalogueIndex } from '../../src/core/template/catalogue/index.ts';
import { COLUMNS } from '../../src/core/template/layout.ts';

const FOLDER = 'examples/observatory';
const at = (name: (typeof COLUMNS.Indicators)[number]) => COLUMNS.Indicators.indexOf(name);

let built: Observatory;
let indicatorRows: string[][];
beforeAll(() => {
  built = buildObservatory('data');
  indicatorRows = parseCsv(readFileSync(join(FOLDER, 'Indicators.csv'), 'utf8')).slice(1);
});

const filled = () => indicatorRows.filter((r) => r[at('value')] !== '');
const valueAt = (corridor: string, indicator: string, year: number) =>
  filled()
    .filter((r) => r[at('corridor_id')] === corridor && r[at('indicator')] === indicator)
    .filter((r) => r[at('year')] === String(year))
    .map((r) => Number(r[at('value')]));

describe('example observatory', () => {
  test('the committed CSV tabs are byte for byte what the builder makes from data/', () => {
    const csvs = observatoryCsvs(built.workbook);
    const committed = readdirSync(FOLDER)
      .filter((f) => f.endsWith('.csv'))
      .sort();
    expect(committed).toEqual([...csvs.keys()].sort());
    const stale = [...csvs].filter(
      ([file, text]) => readFileSync(join(FOLDER, file), 'utf8') !== text,
    );
    expect(
      stale.map(([file]) => file),
      'rebuild with npm run example:build',
    ).toEqual([]);
  });

  test('building twice gives identical tabs', () => {
    expect(buildObservatory('data').workbook).toEqual(built.workbook);
  });

  test('corridor stocks match the figures checked in the data README', () => {
    expect(valueAt('MEX-USA', 'corridor_stock', 2020)).toEqual([10_853_105]);
    expect(valueAt('IND-ARE', 'corridor_stock', 2020)).toEqual([3_471_300]);
    expect(valueAt('SYR-TUR', 'corridor_stock', 2020)).toEqual([3_792_505]);
  });

  test('corridor stocks agree with the shared demo summary for every year it lists', () => {
    const demo = readTable('data', 'demo_corridors_summary.csv').rows;
    expect(demo).toHaveLength(10);
    for (const d of demo) {
      const id = `${d.origin_iso3}-${d.destination_iso3}`;
      for (const year of [2010, 2015, 2020]) {
        expect(valueAt(id, 'corridor_stock', year)).toEqual([Number(d[`stock_${year}`])]);
      }
    }
  });

  test('corridor refugees in 2019 agree with the shared demo summary', () => {
    for (const d of readTable('data', 'demo_corridors_summary.csv').rows) {
      const id = `${d.origin_iso3}-${d.destination_iso3}`;
      const expected = d.unhcr_refugees_2019 === '' ? [] : [Number(d.unhcr_refugees_2019)];
      expect(valueAt(id, 'corridor_refugees', 2019), id).toEqual(expected);
    }
  });

  test('migration MEX->USA carries the remittances sent from USA to MEX', () => {
    const knomad = readTable('data', 'knomad_bilateral_remittances_2018.csv').rows;
    const usaToMex = knomad.find((r) => r.sending_iso3 === 'USA' && r.receiving_iso3 === 'MEX');
    const mexToUsa = knomad.find((r) => r.sending_iso3 === 'MEX' && r.receiving_iso3 === 'USA');
    expect(Number(mexToUsa?.remittances_usd_million)).not.toEqual(34_704);
    expect(valueAt('MEX-USA', 'corridor_remittances', 2018)).toEqual([
      Number(usaToMex?.remittances_usd_million),
    ]);
    expect(valueAt('MEX-USA', 'corridor_remittances', 2018)).toEqual([34_704]);
  });

  test('every value names a source and a source code or URL', () => {
    expect(filled().length).toBeGreaterThan(1000);
    for (const r of filled()) {
      expect(r[at('source')], r.join(',')).not.toBe('');
      expect(r[at('source_code')], r.join(',')).not.toBe('');
    }
  });

  test('units are the catalogue units', () => {
    const catalogue = catalogueIndex(EXAMPLE_CATALOGUE);
    for (const r of filled()) expect(r[at('unit')]).toBe(catalogue.get(r[at('indicator')]!)?.unit);
  });

  test('no negative remittance cost leaks, and the negative quarter is left out of its year', () => {
    const costs = filled().filter((r) => r[at('indicator')] === 'corridor_remit_cost');
    expect(costs.length).toBeGreaterThan(50);
    for (const r of costs) expect(Number(r[at('value')])).toBeGreaterThan(0);
    const rpw = readTable('data', 'wb_rpw_corridor_avg_total_cost_2011_2020.csv').rows;
    const quarters = rpw
      .filter(
        (r) =>
          r.sending_iso3 === 'USA' && r.receiving_iso3 === 'HND' && r.period?.startsWith('2014'),
      )
      .map((r) => Number(r.avg_total_cost_pct));
    const kept = quarters.filter((v) => v >= 0);
    expect(kept.length).toBe(quarters.length - 1);
    const mean = kept.reduce((s, v) => s + v, 0) / kept.length;
    const [value] = valueAt('HND-MEX-USA', 'corridor_remit_cost', 2014);
    expect(value).toBeCloseTo(mean, 2);
  });

  test('corridors without a Remittance Prices Worldwide survey have no cost rows', () => {
    expect(valueAt('VEN-COL', 'corridor_remit_cost', 2020)).toEqual([]);
    expect(filled().some((r) => r[0] === 'SYR-TUR' && r[1] === 'corridor_remit_cost')).toBe(false);
  });

  test('all ten corridors of the issue are present with stock, HDI gap and GDP per capita', () => {
    const ids = [
      'MEX-USA',
      'PHL-SAU',
      'IND-ARE',
      'TUR-DEU',
      'GHA-GBR',
      'ECU-ESP',
      'MAR-ESP',
      'VEN-COL',
      'SYR-TUR',
      'BGD-IND',
    ];
    for (const id of ids) {
      for (const indicator of ['corridor_stock', 'hdi_gap', 'gdp_pc_usd']) {
        expect(
          filled().some((r) => r[0] === id && r[1] === indicator),
          `${id} ${indicator}`,
        ).toBe(true);
      }
    }
  });
});
