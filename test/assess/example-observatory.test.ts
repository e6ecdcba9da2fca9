import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { assess } from '../../src/core/assess/assess.ts';
import { parseCsv } from '../../src/core/contract/csv.ts';
import type { Workbook } from '../../src/core/contract/workbook.ts';

const DIR = join(import.meta.dirname, '../../examples/observatory');
const REQUIRED = [
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

function readFolder(dir: string): Workbook {
  const tabs: Workbook['tabs'] = {};
  for (const f of readdirSync(dir).sort())
    if (f.endsWith('.csv')) tabs[f.slice(0, -4)] = parseCsv(readFileSync(join(dir, f), 'utf8'));
  return { tabs };
}

describe('the bundled 17-corridor observatory example', () => {
  const result = assess(readFolder(DIR), {
    generatedAt: '2026-01-01T00:00:00Z',
    uncertaintyRuns: 0,
  });
  const b = result.benchmark!;

  test('assesses without errors and scores every required corridor', () => {
    expect(result.ok).toBe(true);
    for (const id of REQUIRED) {
      const c = b.corridors.find((x) => x.corridorId === id);
      expect(c?.overall, id).not.toBeNull();
      expect(c!.overall!).toBeGreaterThanOrEqual(0);
      expect(c!.overall!).toBeLessThanOrEqual(100);
    }
  });

  test('ranks follow the overall scores', () => {
    const ranked = b.corridors.filter((c) => c.rank !== null).sort((x, y) => x.rank! - y.rank!);
    expect(ranked[0]!.rank).toBe(1);
    for (let i = 1; i < ranked.length; i++)
      expect(ranked[i]!.overall!).toBeLessThanOrEqual(ranked[i - 1]!.overall!);
  });

  test('Syria -> Turkey has the weakest origin side (refugee outflow, poverty and conflict weigh on it)', () => {
    const origin = b.corridors
      .filter((c) => c.perspectives.origin !== null)
      .sort((x, y) => x.perspectives.origin! - y.perspectives.origin!);
    expect(origin[0]!.corridorId).toBe('SYR-TUR');
  });

  test('each indicator score moves with its value in the indicator’s direction', () => {
    const meta = new Map(b.meta!.map((m) => [m.iCode, m]));
    const byCode = new Map<string, { value: number; score: number }[]>();
    for (const s of b.indicators) {
      if (s.score === null || s.value === null) continue;
      const list = byCode.get(`${s.indicator}.${s.side}`) ?? [];
      list.push({ value: s.value, score: s.score });
      byCode.set(`${s.indicator}.${s.side}`, list);
    }
    expect(byCode.size).toBeGreaterThan(3);
    for (const [code, list] of byCode) {
      const dir = meta.get(code)!.direction;
      for (const a of list)
        for (const c of list)
          if (a.value * dir < c.value * dir) expect(a.score, code).toBeLessThanOrEqual(c.score);
    }
  });

  test('descriptive indicators are shown with values but stay out of the scores', () => {
    const stock = b.indicators.filter((s) => s.indicator === 'corridor_stock');
    expect(stock.length).toBeGreaterThanOrEqual(REQUIRED.length);
    expect(stock.every((s) => s.value !== null && s.score === null)).toBe(true);
    expect(b.meta!.find((m) => m.iCode === 'corridor_stock.corridor')!.scored).toBe(false);
  });

  test('the data-gap matrix names what is missing and every source used is listed', () => {
    expect(b.gaps.some((g) => g.status === 'missing')).toBe(true);
    expect(b.gaps.some((g) => g.status === 'available')).toBe(true);
    expect(b.sources!.length).toBeGreaterThan(3);
    expect(b.sources!.every((s) => s.values > 0 && s.iCodes.length > 0)).toBe(true);
  });
});

describe('the example with the Method tab’s own uncertainty runs', () => {
  const workbook = readFolder(DIR);
  const first = assess(workbook, { generatedAt: '2026-01-01T00:00:00Z' });
  const b = first.benchmark!;

  test('every ranked corridor gets a rank interval inside 1..n', () => {
    const n = b.corridors.filter((c) => c.rank !== null).length;
    for (const c of b.corridors.filter((x) => x.rank !== null)) {
      expect(c.rankQ5!).toBeGreaterThanOrEqual(1);
      expect(c.rankQ5!).toBeLessThanOrEqual(c.rankQ95!);
      expect(c.rankQ95!).toBeLessThanOrEqual(n);
    }
  });

  test('the sensitivity tab has indices for each varied choice, and a rerun is byte-identical', () => {
    expect(b.sensitivity.map((s) => s.input)).toEqual(['normalisation', 'weights', 'aggregation']);
    expect(JSON.stringify(assess(workbook, { generatedAt: '2026-01-01T00:00:00Z' }))).toBe(
      JSON.stringify(first),
    );
  });
});
