/**
 * The framework's directions and the ranking's stability, checked on the
 * real example (examples/observatory, built from the open-data pack).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { assess } from '../../src/core/assess/assess.ts';
import type { Benchmark } from '../../src/core/assess/types.ts';
import { parseCsv } from '../../src/core/contract/csv.ts';
import type { Workbook } from '../../src/core/contract/workbook.ts';
import { COLUMNS, INPUT_TABS } from '../../src/core/template/layout.ts';

const DIR = join(import.meta.dirname, '../../examples/observatory');
const AT = '2026-01-01T00:00:00Z';

function example(): Workbook {
  const tabs: Workbook['tabs'] = {};
  for (const f of readdirSync(DIR).sort())
    if (f.endsWith('.csv')) tabs[f.slice(0, -4)] = parseCsv(readFileSync(join(DIR, f), 'utf8'));
  return { tabs };
}

const run = (wb: Workbook): Benchmark => {
  const r = assess(wb, { generatedAt: AT, uncertaintyRuns: 0 });
  if (!r.benchmark) throw new Error(JSON.stringify(r.issues.filter((i) => i.severity === 'error')));
  return r.benchmark;
};
const corridor = (b: Benchmark, id: string) => b.corridors.find((c) => c.corridorId === id)!;
const col = (name: string) => (COLUMNS.Indicators as readonly string[]).indexOf(name);

/** Sets every value of a corridor's indicator series (all years) to `value`. */
function setSeries(wb: Workbook, corridorId: string, indicator: string, value: number): void {
  const rows = wb.tabs[INPUT_TABS.indicators]!;
  let n = 0;
  for (const r of rows.slice(1))
    if (
      r[col('corridor_id')] === corridorId &&
      r[col('indicator')] === indicator &&
      r[col('value')] !== ''
    ) {
      r[col('value')] = value;
      n++;
    }
  if (n === 0) throw new Error(`no ${indicator} values for ${corridorId}`);
}

const base = run(example());

describe('face validity on the real example', () => {
  test('more deaths per corridor migrant gives a lower route-safety score', () => {
    const wb = example();
    setSeries(wb, 'MAR-ESP', 'corridor_deaths_per_100k_migrants', 500);
    const after = corridor(run(wb), 'MAR-ESP');
    expect(after.dimensions.transit_irregular!).toBeLessThan(
      corridor(base, 'MAR-ESP').dimensions.transit_irregular!,
    );
    const deaths = base.indicators.filter(
      (s) => s.indicator === 'corridor_deaths_per_100k_migrants' && s.score !== null,
    );
    expect(deaths.length).toBeGreaterThanOrEqual(5);
    for (const a of deaths)
      for (const c of deaths)
        if (a.value! < c.value!) expect(a.score!).toBeGreaterThanOrEqual(c.score!);
  });

  test("cheaper remittances give a better migrants' score", () => {
    const wb = example();
    setSeries(wb, 'ZWE-ZAF', 'corridor_remit_cost', 3);
    const before = corridor(base, 'ZWE-ZAF').perspectives.migrants!;
    expect(corridor(run(wb), 'ZWE-ZAF').perspectives.migrants!).toBeGreaterThan(before);
  });

  test('a corridor with a large refugee outflow scores lower on root causes', () => {
    const scores = base.corridors.map((c) => c.dimensions.root_causes!).sort((a, b) => a - b);
    // Syria's outflow (over 30,000 refugees per 100,000 people) puts it in the bottom three
    expect(corridor(base, 'SYR-TUR').dimensions.root_causes!).toBeLessThanOrEqual(scores[2]!);
    const wb = example();
    setSeries(wb, 'MEX-USA', 'refugees_per_100k_origin_pop', 20000);
    expect(corridor(run(wb), 'MEX-USA').dimensions.root_causes!).toBeLessThan(
      corridor(base, 'MEX-USA').dimensions.root_causes!,
    );
  });

  test('data availability is reported beside the score and is not a dimension of it', () => {
    for (const c of base.corridors) {
      expect(c.dimensions.data_availability).toBeUndefined();
      expect(c.coverage).toBeGreaterThan(0);
    }
  });
});

describe('stable eligibility on the real example', () => {
  test('adding a thinly reported corridor changes no other corridor’s eligibility, coverage or score', () => {
    const wb = example();
    wb.tabs[INPUT_TABS.corridors]!.push(['NPL-QAT', 'NPL', '', 'QAT', 1990, 2024, 'Test', '', '']);
    const ind = (indicator: string, side: string, country: string, year: number, value: number) => {
      const row: (string | number)[] = COLUMNS.Indicators.map(() => '');
      row[col('corridor_id')] = 'NPL-QAT';
      row[col('indicator')] = indicator;
      row[col('side')] = side;
      row[col('country')] = country;
      row[col('year')] = year;
      row[col('value')] = value;
      row[col('source')] = 'test';
      wb.tabs[INPUT_TABS.indicators]!.push(row);
    };
    ind('remittances_gdp', 'origin', 'NPL', 2024, 26.9);
    ind('gdp_pc_usd', 'origin', 'NPL', 2024, 1381);
    ind('corridor_remit_cost', 'corridor', '', 2020, 3.9);
    const after = run(wb);
    const added = corridor(after, 'NPL-QAT');
    expect(added.unranked).toMatch(/below the Method's min_data_share/);
    for (const c of base.corridors) {
      const a = corridor(after, c.corridorId);
      expect(a.unranked ?? null, c.corridorId).toBe(c.unranked ?? null);
      expect(a.coverage, c.corridorId).toBe(c.coverage);
      expect(a.overall, c.corridorId).toBe(c.overall);
    }
  });
});
