import { describe, expect, test } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/http/limits.ts';
import { exampleWorkbook } from '../contract/example-workbook.ts';
import { json, testApp, token } from './support.ts';

interface Problem {
  status: number;
  detail: string;
  errors?: { pointer: string; detail: string }[];
}

describe('per-role workbook limits, checked before the schema parses the body', () => {
  test("a partner's validate with 815,000 empty tabs is refused at once with a 413 naming the tab limit", async () => {
    const tabs = Object.fromEntries(Array.from({ length: 815_000 }, (_, i) => [`t${i}`, []]));
    const request = json({ tabs }, await token('partner'));
    const { app } = testApp();
    const started = performance.now();
    const res = await app.request('/v1/validate', request);
    const ms = performance.now() - started;
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const body = (await res.json()) as Problem;
    expect(body.detail).toBe(
      `A workbook may hold at most ${DEFAULT_LIMITS.partner.tabs} tabs for the partner role.`,
    );
    expect(ms).toBeLessThan(1_000);
  });

  test('a tab over the row limit is refused with a pointer at that tab', async () => {
    const rows = Array.from({ length: DEFAULT_LIMITS.partner.rows + 1 }, () => [1]);
    const res = await testApp().app.request(
      '/v1/validate',
      json({ tabs: { 'Ind/icators': rows } }, await token('partner')),
    );
    expect(res.status).toBe(413);
    expect(((await res.json()) as Problem).errors).toEqual([
      { pointer: '#/tabs/Ind~1icators', detail: `More than ${DEFAULT_LIMITS.partner.rows} rows.` },
    ]);
  });

  test('a workbook over the cell limit is refused; the same workbook passes for a role with a higher limit', async () => {
    const wide = Array.from({ length: 1_000 }, () => Array(500).fill(null));
    const body = { tabs: { Indicators: wide } };
    const partner = await testApp().app.request('/v1/validate', json(body, await token('partner')));
    expect(partner.status).toBe(413);
    expect(((await partner.json()) as Problem).detail).toMatch(/at most 400000 cells/);
    const statistician = await testApp().app.request(
      '/v1/validate',
      json(body, await token('statistician')),
    );
    expect(statistician.status).toBe(200);
  });

  test('CM_LIMITS lowers a limit for one role', async () => {
    const limits = structuredClone(DEFAULT_LIMITS);
    limits.statistician.tabs = 2;
    const res = await testApp({ limits }).app.request(
      '/v1/validate',
      json({ tabs: { a: [], b: [], c: [] } }, await token('statistician')),
    );
    expect(res.status).toBe(413);
  });
});

describe('uncertainty runs: off by default in the API, bounded per role in the option and in the Method tab alike', () => {
  const example = exampleWorkbook();

  test('the bundled example is assessed without uncertainty runs unless asked: no rank intervals, no Sobol indices', async () => {
    const res = await testApp().app.request(
      '/v1/assess',
      json(example, await token('statistician')),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      benchmark: {
        corridors: { rankQ5: number | null }[];
        sensitivity: unknown[];
        method: Record<string, unknown>;
      };
    };
    expect(body.benchmark.method.uncertainty_runs).toBe(0);
    expect(body.benchmark.corridors.every((c) => c.rankQ5 === null)).toBe(true);
  });

  test('asked with uncertainty: true, the Method tab decides the runs and the intervals come back', async () => {
    const res = await testApp().app.request(
      '/v1/assess',
      json({ ...example, options: { uncertainty: true } }, await token('statistician')),
    );
    const body = (await res.json()) as {
      benchmark: { corridors: { rankQ5: number | null }[]; method: Record<string, unknown> };
    };
    expect(body.benchmark.method.uncertainty_runs).toBe(200);
    expect(body.benchmark.corridors.some((c) => c.rankQ5 !== null)).toBe(true);
  });

  test('uncertaintyRuns 10000 is refused with a 422 at the option, before any scoring', async () => {
    const res = await testApp().app.request(
      '/v1/assess',
      json({ tabs: {}, options: { uncertaintyRuns: 10_000 } }, await token('statistician')),
    );
    expect(res.status).toBe(422);
    expect(((await res.json()) as Problem).errors).toEqual([
      {
        pointer: '#/options/uncertaintyRuns',
        detail: `At most ${DEFAULT_LIMITS.statistician.uncertaintyRuns}.`,
      },
    ]);
  });

  test('a Method tab asking 10000 runs is refused the same way, naming its cell', async () => {
    const tabs = {
      Method: [
        ['setting', 'value'],
        ['normalisation', 'goalposts'],
        ['uncertainty_runs', 10_000],
      ],
    };
    const res = await testApp().app.request(
      '/v1/assess',
      json({ tabs, options: { uncertainty: true } }, await token('coordinator')),
    );
    expect(res.status).toBe(422);
    expect(((await res.json()) as Problem).detail).toBe(
      'The Method tab asks for 10000 uncertainty runs at Method!B3; the coordinator role may run at most 1000.',
    );
  });
});
