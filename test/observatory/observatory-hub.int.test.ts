/**
 * `observatory --hub`: the example split into one spreadsheet per corridor,
 * recalculated on the local fake Sheets server, then the observatory built
 * from what the recalculation stored in the hub, over the fetch path with
 * the service-account variables the server uses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultEngine } from '../../src/adapters/sheets/engine.ts';
import { createSheetsGateway } from '../../src/adapters/sheets/gateway.ts';
import { withRetry } from '../../src/adapters/sheets/retry.ts';
import type { Review } from '../../src/core/contract/review.ts';
import { REVIEW_RESULTS_TAB, readStoredReview } from '../../src/core/recalculate/stored-review.ts';
import {
  example,
  exampleIds,
  exampleTabs,
  sheetIdOf,
  typed,
} from '../sheets/support/example-split.ts';
import {
  TEST_CLIENT_EMAIL as EMAIL,
  type FakeSheetsServer,
  nodeClientFor,
  plainRows,
  serviceAccountKeyFile,
  startFakeSheets,
} from '../support/fake-sheets/index.ts';
import { runCli } from '../support/run-cli.ts';
import { useTmpDir } from '../support/tmp-dir.ts';

const NOW = new Date('2026-01-15T12:00:00Z');
const HUB = '1hubhubhubhubhubhubhubhubhubhubhubhubhubhubh';
const FRESH_HUB = '1freshfreshfreshfreshfreshfreshfreshfreshfre';
const ENV = ['CM_SHEETS_SERVICE_ACCOUNT_JSON', 'CM_SHEETS_ROOT_URL', 'CM_SHEETS_TOKEN_URL'];
const tmp = useTmpDir();

let server: FakeSheetsServer;
let key: string;
let stored: Review[];
const saved = Object.fromEntries(ENV.map((n) => [n, process.env[n]]));

/** The text of `<div data-figure="NAME">`'s value on a page. */
const figure = (html: string, name: string) =>
  new RegExp(`data-figure="${name}"><dt>[^<]*</dt><dd><span class="value">([^<]*)</span>`).exec(
    html,
  )?.[1];

const build = (out: string, ...more: string[]) =>
  runCli([
    'observatory',
    '--out',
    out,
    '--min-stock',
    '100000',
    '--quiet',
    '--now',
    '2026-02-01T00:00:00Z',
    ...more,
  ]);

describe('corridor-monitor observatory --hub', () => {
  beforeAll(async () => {
    server = await startFakeSheets();
    for (const id of exampleIds)
      server.add(sheetIdOf(id), exampleTabs([id]), `${id} corridor team`);
    server.add(
      HUB,
      {
        Hub: [
          ['spreadsheet', 'label'],
          ...exampleIds.map((id) => [
            `https://docs.google.com/spreadsheets/d/${sheetIdOf(id)}/edit`,
            id,
          ]),
        ],
        Catalogue: typed(example.Catalogue!),
        Method: typed(example.Method!),
      },
      'Corridor observatory hub',
    );
    server.add(FRESH_HUB, { Hub: [['spreadsheet', 'label']] }, 'A hub never recalculated');
    const gateway = createSheetsGateway({
      transport: withRetry(nodeClientFor(server, 10_000), { baseDelayMs: 5 }),
      serviceAccountEmail: EMAIL,
      engine: defaultEngine,
      clock: { now: () => NOW },
      reviewSecret: 'r'.repeat(32),
      uncertaintyRuns: 20,
    });
    const run = await gateway.recalculate(HUB);
    expect(run.ok).toBe(true);
    const rows = plainRows(
      server.spreadsheets.get(HUB)!.sheets.find((s) => s.properties.title === REVIEW_RESULTS_TAB)!,
    ) as unknown[][];
    stored = exampleIds.map((id) => readStoredReview(rows, sheetIdOf(id))!);
    key = await serviceAccountKeyFile(server);
    process.env.CM_SHEETS_ROOT_URL = server.url;
    process.env.CM_SHEETS_TOKEN_URL = `${server.url}token`;
  }, 120_000);
  afterAll(async () => {
    for (const n of ENV) {
      if (saved[n] === undefined) delete process.env[n];
      else process.env[n] = saved[n];
    }
    await server.stop();
  });

  test('corridor pages show the scores, rank intervals and gaps the hub stored, read in one tab list and one batchGet, writing nothing', async () => {
    process.env.CM_SHEETS_SERVICE_ACCOUNT_JSON = key;
    const out = join(await tmp(), 'site');
    const before = { updates: server.count('batchUpdate'), requests: server.requests.length };
    const built = await build(
      out,
      '--hub',
      `https://docs.google.com/spreadsheets/d/${HUB}/edit#gid=0`,
    );
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    const calls = server.requests.slice(before.requests);
    expect(calls.filter((r) => r.spreadsheetId === HUB).map((r) => r.method)).toEqual([
      'get',
      'batchGet',
    ]);
    expect(server.count('batchUpdate')).toBe(before.updates);

    const review = stored.find((r) => r.status === 'scored')!;
    const own = new Map(stored.flatMap((r) => r.gaps.map((g) => [g.corridorId, g])));
    const direct = review.corridors.filter(
      (c) => !c.route.includes(' → ', c.route.indexOf(' → ') + 1),
    );
    let compared = 0;
    for (const c of direct) {
      const page = join(out, 'corridor', c.corridorId, 'index.html');
      let html: string;
      try {
        html = readFileSync(page, 'utf8');
      } catch {
        continue; // fewer migrants than --min-stock: no page
      }
      compared++;
      expect(html).toContain('Assessment by Corridor observatory hub');
      expect(html).toContain(review.runId!);
      expect(figure(html, 'overall')).toBe(c.overall === null ? '–' : c.overall.toFixed(1));
      expect(figure(html, 'rank')).toBe(`${c.rank ?? '–'} of ${review.corridors.length}`);
      if (c.rankQ5 !== null && c.rankQ95 !== null)
        expect(html).toContain(`Interval ${Math.round(c.rankQ5)}–${Math.round(c.rankQ95)}`);
      expect(figure(html, 'coverage')).toBe(`${Math.round(c.coverage * 100)}%`);
      for (const d of stored.flatMap((r) => r.dimensions)) {
        const score = d.scores[c.corridorId];
        if (typeof score === 'number')
          expect(html).toContain(`<td class="num">${score.toFixed(1)}</td>`);
      }
      const gaps = own.get(c.corridorId)!;
      const listed = html.match(/<li>[^<]*: (missing|stale)/g) ?? [];
      expect(listed.length).toBe(gaps.missing + gaps.stale);
    }
    expect(compared).toBe(direct.length);
    const methods = readFileSync(join(out, 'methods', 'index.html'), 'utf8');
    expect(methods).toContain(`recalculation ${review.runId}`);
    expect(methods).toContain(`dated ${NOW.toISOString().slice(0, 10)}`);
  }, 180_000);

  test('refuses with one line and exit code 2: no credentials, a hub that does not exist, a hub never recalculated', async () => {
    const out = join(await tmp(), 'site');
    delete process.env.CM_SHEETS_SERVICE_ACCOUNT_JSON;
    const noKey = await build(out, '--hub', HUB);
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toMatch(/^[^\n]*CM_SHEETS_SERVICE_ACCOUNT_JSON[^\n]*\n$/);

    process.env.CM_SHEETS_SERVICE_ACCOUNT_JSON = key;
    const missing = await build(out, '--hub', '1nonenonenonenonenonenonenonenonenonenonenon');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^[^\n]*not found[^\n]*\n$/);

    const fresh = await build(out, '--hub', FRESH_HUB);
    expect(fresh.code).toBe(2);
    expect(fresh.stderr).toMatch(/^[^\n]*never recalculated[^\n]*\n$/);

    const both = await build(out, '--hub', HUB, '--benchmark', 'x.json');
    expect(both.code).toBe(2);
    expect(server.count('batchUpdate', FRESH_HUB)).toBe(0);
  }, 60_000);
});
