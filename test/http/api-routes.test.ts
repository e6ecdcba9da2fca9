import { describe, expect, test } from 'vitest';
import {
  AssessResponseSchema,
  ValidateResponseSchema,
} from '../../src/core/contract/assess-api.ts';
import { TemplateResponseSchema } from '../../src/core/contract/template-api.ts';
import { CatalogueResponse } from '../../src/http/routes/catalogue.ts';
import { IndexResponse } from '../../src/http/routes/coin-index.ts';
import { exampleWorkbook } from '../contract/example-workbook.ts';
import { FIXED_TIME, json, testApp, token } from './support.ts';

const get = async (path: string) =>
  testApp().app.request(path, {
    headers: { authorization: `Bearer ${await token('statistician')}` },
  });
const post = async (path: string, body: unknown) =>
  testApp().app.request(path, json(body, await token('statistician')));

describe('template and catalogue', () => {
  test('the catalogue lists the eight dimensions and every indicator, matching its schema', async () => {
    const body = CatalogueResponse.parse(await (await get('/v1/catalogue')).json());
    expect(body.dimensions).toHaveLength(8);
    expect(body.indicators.length).toBeGreaterThanOrEqual(67);
  });

  test('the template for MEX-USA has every input tab as grids plus its layout', async () => {
    const res = await get('/v1/template?corridor=MEX-USA');
    expect(res.status).toBe(200);
    const body = TemplateResponseSchema.parse(await res.json());
    expect(Object.keys(body.workbook.tabs)).toEqual(
      expect.arrayContaining(['Corridors', 'Indicators', 'Policy', 'Method', 'Catalogue']),
    );
    expect(body.workbook.tabs.Corridors?.[1]?.slice(0, 4)).toEqual(['MEX-USA', 'MEX', '', 'USA']);
    expect(body.layout.map((t) => t.name)).toContain('Indicators');
  });

  test('a transit corridor and an observatory of several corridors are accepted', async () => {
    const body = TemplateResponseSchema.parse(
      await (await get('/v1/template?corridor=mex-gtm-usa,PHL-SAU')).json(),
    );
    expect(body.workbook.tabs.Corridors?.slice(1).map((r) => r[0])).toEqual([
      'MEX-GTM-USA',
      'PHL-SAU',
    ]);
  });

  test('a missing, malformed or unknown corridor is a 422 naming the parameter', async () => {
    for (const path of [
      '/v1/template',
      '/v1/template?corridor=MEXUSA',
      '/v1/template?corridor=MEX-MEX',
      '/v1/template?corridor=XXQ-USA',
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(422);
      expect(
        ((await res.json()) as { errors: { parameter: string }[] }).errors[0]?.parameter,
        path,
      ).toBe('corridor');
    }
  });
});

describe('validate and assess', () => {
  test('an empty template validates with issues and ok false, never a 500', async () => {
    const built = TemplateResponseSchema.parse(
      await (await get('/v1/template?corridor=MEX-USA')).json(),
    );
    const res = await post('/v1/validate', built.workbook);
    expect(res.status).toBe(200);
    const body = ValidateResponseSchema.parse(await res.json());
    expect(body.summary.corridors).toBe(1);
    expect(body.issues.every((i) => /^[^!]+(!([A-Z]+\d+)?)?$/.test(i.cell))).toBe(true);
  });

  test('a workbook without template tabs is reported as an issue', async () => {
    const body = ValidateResponseSchema.parse(
      await (await post('/v1/validate', { tabs: { Sheet1: [['hello']] } })).json(),
    );
    expect(body.ok).toBe(false);
    expect(body.issues.map((i) => i.code)).toContain('empty_template');
  });

  test('the example observatory assesses: scores, benchmark tabs and the fixed generation time', async () => {
    const res = await post('/v1/assess', { ...exampleWorkbook(), options: { uncertaintyRuns: 0 } });
    expect(res.status).toBe(200);
    const body = AssessResponseSchema.parse(await res.json());
    expect(body.ok).toBe(true);
    expect(body.summary.corridors).toBeGreaterThanOrEqual(10);
    expect(body.benchmark?.generatedAt).toBe(FIXED_TIME);
    expect(body.writeBack?.tabs.map((t) => t.name)).toEqual(
      expect.arrayContaining(['Validation', 'Scorecard', 'Ranking']),
    );
  });

  test('a partner may validate but not assess', async () => {
    const { app } = testApp();
    const bearer = await token('partner');
    expect((await app.request('/v1/validate', json({ tabs: {} }, bearer))).status).toBe(200);
    expect((await app.request('/v1/assess', json({ tabs: {} }, bearer))).status).toBe(403);
  });

  test('options outside their range are a 422 naming the field', async () => {
    const res = await post('/v1/assess', { tabs: {}, options: { uncertaintyRuns: -1 } });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { errors: { pointer: string }[] }).errors[0]?.pointer).toBe(
      '#/options/uncertaintyRuns',
    );
  });
});

describe('index', () => {
  const iMeta =
    'iCode,iName,Level,Parent,Direction,Weight,Type\r\nx1,X1,1,Index,1,1,Indicator\r\nx2,X2,1,Index,-1,1,Indicator\r\nIndex,Index,2,,1,1,Aggregate\r\n';
  const rows = [
    { uCode: 'A', x1: 1, x2: 10 },
    { uCode: 'B', x1: 3, x2: 5 },
    { uCode: 'C', x1: 2, x2: 0 },
  ];

  test('JSON rows and CSV text give the same min-max + mean results, best first', async () => {
    const fromRows = IndexResponse.parse(
      await (await post('/v1/index', { iData: rows, iMeta })).json(),
    );
    const csv = 'uCode,x1,x2\r\nA,1,10\r\nB,3,5\r\nC,2,0\r\n';
    const fromCsv = IndexResponse.parse(
      await (await post('/v1/index', { iData: csv, iMeta })).json(),
    );
    expect(fromRows.results).toEqual(fromCsv.results);
    // x2 points down; ties share the best rank (COINr "min")
    expect(fromRows.results.map((r) => [r.uCode, r.Rank, r.Index])).toEqual([
      ['B', 1, 75],
      ['C', 1, 75],
      ['A', 3, 0],
    ]);
    expect(fromRows.log.map((e) => e.stage)).toEqual(
      expect.arrayContaining(['Normalised', 'Aggregated']),
    );
  });

  test('a bad spec or a broken tree is a 422 naming where', async () => {
    const badSpec = await post('/v1/index', {
      iData: rows,
      iMeta,
      spec: { normalise: { method: 'n_nope' } },
    });
    expect(badSpec.status).toBe(422);
    expect(
      ((await badSpec.json()) as { errors: { pointer: string }[] }).errors[0]?.pointer,
    ).toMatch(/^#\/spec\/normalise/);
    const badTree = await post('/v1/index', {
      iData: rows,
      iMeta: 'iCode,Level,Parent,Type\r\nx1,1,Nowhere,Indicator\r\n',
    });
    expect(badTree.status).toBe(422);
  });
});
