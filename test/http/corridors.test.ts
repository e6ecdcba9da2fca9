import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { fsPackReader } from '../../src/adapters/pack/index.ts';
import { writeTemplateXlsx } from '../../src/adapters/pack/template-xlsx.ts';
import { createApp } from '../../src/http/app.ts';
import type { AppDeps } from '../../src/http/deps.ts';
import { AUDIENCE, FIXED_TIME, ISSUER, KEYS, token } from './support.ts';

const deps: AppDeps = {
  config: {
    auth: { issuer: ISSUER, audience: AUDIENCE, keys: KEYS },
    corsOrigins: [],
    bodyLimitBytes: 10 * 1024 * 1024,
  },
  clock: { now: () => new Date(FIXED_TIME) },
  log: () => {},
  pack: fsPackReader('data/pack'),
  writeTemplateXlsx,
};
const app = createApp(deps);
const get = async (path: string) =>
  app.request(path, { headers: { authorization: `Bearer ${await token('partner')}` } });

describe('the corridor routes', () => {
  test('GET /v1/corridors filters by origin and minimum stock, largest first, paged', async () => {
    const res = await get('/v1/corridors?origin=NPL&minStock=100000&pageSize=3');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { total: number; items: { id: string; stock: number }[] };
    expect(body.items.map((i) => i.id)).toEqual(['NPL-IND', 'NPL-MYS', 'NPL-SAU']);
    expect(body.items.every((i) => i.stock >= 100_000)).toBe(true);
    expect(body.total).toBeGreaterThanOrEqual(3);
  });

  test('GET /v1/corridors/NPL-QAT returns values with provenance, the ledger and the checks', async () => {
    const res = await get('/v1/corridors/NPL-QAT');
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      corridor: {
        series: { indicator: string; side: string; points: { year: number; value: number }[] }[];
      };
      ledger: { indicator: string; status: string }[];
      provenance: { sources: { licence: string }[] };
    };
    const stock = body.corridor.series.find((s) => s.indicator === 'corridor_stock');
    expect(stock?.points.at(-1)).toEqual({ year: 2020, value: 253_940 });
    expect(body.ledger.find((l) => l.indicator === 'corridor_stock')?.status).toBe('pre-filled');
    expect(body.ledger.find((l) => l.indicator === 'migrant_pay_gap')?.status).toBe(
      'no known open source',
    );
    expect(body.provenance.sources.every((s) => s.licence.length > 0)).toBe(true);
  });

  test('an unknown code answers 404 problem+json naming the closest valid code', async () => {
    const res = await get('/v1/corridors/NPL-QTA');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(((await res.json()) as { detail: string }).detail).toContain('QAT');
  });

  test('GET /v1/corridors/NPL-QAT/template.xlsx is a workbook with pre-filled Indicators rows', async () => {
    const res = await get('/v1/corridors/NPL-QAT/template.xlsx');
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const sheet = wb.getWorksheet('Indicators')!;
    const stockRow = sheet
      .getSheetValues()
      .find((r) => Array.isArray(r) && r[2] === 'corridor_stock' && r[5] === 2020) as unknown[];
    expect(stockRow?.[6]).toBe(253_940);
  });

  test('GET /v1/corridors/NPL-QAT/template answers the grids, layout and styled patches the add-on inserts', async () => {
    const res = await get('/v1/corridors/NPL-QAT/template');
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      workbook: { tabs: Record<string, unknown[][]> };
      patches: { tab: string; formats?: ({ background?: string } | null)[][] }[];
    };
    const indicators = body.workbook.tabs.Indicators!;
    expect(indicators.filter((r) => typeof r[5] === 'number').length).toBeGreaterThan(1000);
    const styled = body.patches
      .filter((p) => p.tab === 'Indicators' && p.formats)
      .flatMap((p) => p.formats!.flat())
      .filter((f) => f?.background === '#E2EFDA');
    expect(styled.length).toBeGreaterThan(1000);
  });
});
