/**
 * The fetch path inside workerd (Miniflare): WebCrypto RS256 signing of the
 * service-account JWT, then one read and one write against the fake server.
 */
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  type FakeSheetsServer,
  plainRows,
  serviceAccountKeyFile,
  startFakeSheets,
} from '../support/fake-sheets/index.ts';

let server: FakeSheetsServer;
let mf: Miniflare | undefined;
beforeEach(async () => {
  server = await startFakeSheets();
});
afterEach(async () => {
  await mf?.dispose();
  await server.stop();
});

test('in workerd, the adapter signs in with a service-account key, reads the tabs and writes ours next to a same-named user tab', async () => {
  const keyFile = await serviceAccountKeyFile(server);
  server.add('ss-worker', { Corridors: [['corridor_id'], ['MEX-USA']], Ranking: [['mine']] });
  const bundle = await build({
    entryPoints: ['test/sheets/support/worker-entry.ts'],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  mf = new Miniflare({
    modules: true,
    script: bundle.outputFiles[0]!.text,
    compatibilityDate: '2025-09-01',
    bindings: {
      ROOT: server.url,
      SPREADSHEET: 'ss-worker',
      KEY: keyFile,
    },
  });
  const res = await mf.dispatchFetch('http://localhost/');
  const body = (await res.json()) as {
    workbook: { tabs: Record<string, unknown[][]> };
    written: { titles: Record<string, string> };
  };
  expect(res.status).toBe(200);
  expect(body.workbook.tabs.Corridors).toEqual([['corridor_id'], ['MEX-USA']]);
  expect(body.written.titles).toEqual({ Ranking: 'Ranking (CM)' });
  expect(server.requests.map((r) => r.method)).toEqual(['token', 'get', 'batchGet', 'batchUpdate']);
  const sheets = server.spreadsheets.get('ss-worker')!.sheets;
  expect(sheets.map((s) => [s.properties.title, plainRows(s)])).toEqual([
    ['Corridors', [['corridor_id'], ['MEX-USA']]],
    ['Ranking', [['mine']]],
    ['Ranking (CM)', [['from'], ['workerd']]],
  ]);
  expect(server.violations).toEqual([]);
});
