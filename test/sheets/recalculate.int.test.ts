import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createSheetsGateway } from '../../src/adapters/sheets/gateway.ts';
import { withRetry } from '../../src/adapters/sheets/retry.ts';
import type { SheetsGateway } from '../../src/core/contract/sheets-gateway.ts';
import {
  type FakeSheetsServer,
  nodeClientFor,
  plainRows,
  startFakeSheets,
} from '../support/fake-sheets/index.ts';
import { corridorTabs, fakeAssess, fakeValidate } from './support/fake-engine.ts';

const EMAIL = 'corridor-monitor@test-project.iam.gserviceaccount.com';
const A = '1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const B = '1bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const C = '1cccccccccccccccccccccccccccccccccccccccccccc';
const D = '1dddddddddddddddddddddddddddddddddddddddddddd';
const HUB = '1hubhubhubhubhubhubhubhubhubhubhubhubhubhubh';

let server: FakeSheetsServer;
let gateway: SheetsGateway;

function makeGateway(timeoutMs = 2_000): SheetsGateway {
  return createSheetsGateway({
    transport: withRetry(nodeClientFor(server, timeoutMs), { baseDelayMs: 5, deadlineMs: 1_500 }),
    serviceAccountEmail: EMAIL,
    engine: { assess: fakeAssess, validate: fakeValidate },
    clock: { now: () => new Date('2026-11-28T12:00:00Z') },
    reviewSecret: 'x'.repeat(32),
  });
}

function hub(rows: string[][]) {
  server.add(HUB, { Hub: [['spreadsheet', 'label'], ...rows] }, 'Observatory hub');
}

const tab = (id: string, title: string) => {
  const sheet = server.spreadsheets.get(id)?.sheets.find((s) => s.properties.title === title);
  return sheet ? plainRows(sheet) : undefined;
};

beforeEach(async () => {
  server = await startFakeSheets();
  gateway = makeGateway();
});
afterEach(async () => {
  expect(server.violations).toEqual([]);
  await server.stop();
});

describe('hub recalculation through the Sheets gateway', () => {
  test('scores every listed corridor together and writes the hub benchmark and each corridor scorecard', async () => {
    server.add(A, corridorTabs('MEX-USA', 'MEX', 'USA', [60, 80]));
    server.add(B, corridorTabs('PHL-SAU', 'PHL', 'SAU', [40]));
    server.add(C, corridorTabs('SYR-DEU', 'SYR', 'DEU', [90]));
    hub([
      [`https://docs.google.com/spreadsheets/d/${A}/edit#gid=0`, 'Mexico'],
      [`docs.google.com/spreadsheets/u/0/d/${B}/view`, 'Philippines'],
      [C, 'Syria'],
    ]);
    const report = await gateway.recalculate(HUB);
    expect(report.ok).toBe(true);
    expect(report.corridorsScored).toBe(3);
    expect(report.spreadsheets.map((s) => [s.label, s.status])).toEqual([
      ['Observatory hub', 'written'],
      ['Mexico', 'written'],
      ['Philippines', 'written'],
      ['Syria', 'written'],
    ]);
    expect(tab(HUB, 'Ranking')).toEqual([
      ['corridor_id', 'overall', 'rank'],
      ['MEX-USA', 70, 2],
      ['PHL-SAU', 40, 3],
      ['SYR-DEU', 90, 1],
    ]);
    expect(
      tab(HUB, 'Recalculation')
        ?.slice(2)
        .map((r) => r[2]),
    ).toEqual(['status', 'written', 'written', 'written', 'written']);
    const scorecard = tab(A, 'Corridor scorecard');
    expect(scorecard?.[4]).toEqual(['MEX-USA', 'MEX → USA', 70, 2, 3, 1, 3, 100]);
    expect(scorecard?.[1]?.[0]).toContain('scored together with 3 corridors');
  });

  test('makes at most 3 API calls per spreadsheet, whatever its number of tabs and size', async () => {
    const big = corridorTabs(
      'MEX-USA',
      'MEX',
      'USA',
      Array.from({ length: 3000 }, (_, i) => i % 100),
    );
    const extra = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [
        `Notes ${i}`,
        Array.from({ length: 200 }, (_, r) => [r, `row ${r}`]),
      ]),
    );
    server.add(A, { ...big, ...extra });
    server.add(B, corridorTabs('PHL-SAU', 'PHL', 'SAU', [40]));
    hub([
      [A, 'big'],
      [B, 'small'],
    ]);
    await gateway.recalculate(HUB);
    await gateway.recalculate(HUB); // a second run clears and rewrites, still within budget
    const calls = (id: string) =>
      server.requests.filter((r) => r.spreadsheetId === id).map((r) => r.method);
    for (const id of [A, B])
      expect(calls(id)).toEqual([
        'get',
        'batchGet',
        'batchUpdate',
        'get',
        'batchGet',
        'batchUpdate',
      ]);
    // the hub adds its lease: taken (read, add, read again), re-checked before writing, released
    const run = [
      'get',
      'batchUpdate',
      'get',
      'get',
      'batchGet',
      'get',
      'batchUpdate',
      'batchUpdate',
    ];
    expect(calls(HUB)).toEqual([...run, ...run]);
  });

  test('an unreachable, an invalid and a flaky spreadsheet do not stop the others, and nothing is written where the read failed', async () => {
    server.add(A, corridorTabs('MEX-USA', 'MEX', 'USA', [60]));
    server.add(B, corridorTabs('PHL-SAU', '', 'SAU', [40])); // origin missing: invalid
    server.add(C, corridorTabs('SYR-DEU', 'SYR', 'DEU', [90]));
    server.add(D, corridorTabs('IND-ARE', 'IND', 'ARE', [50]));
    server.denied.add(C);
    server.inject({ kind: '500', spreadsheetId: D, method: 'batchGet' });
    server.inject({ kind: '429', spreadsheetId: D, method: 'batchUpdate' });
    hub([
      [A, 'Mexico'],
      [B, 'Philippines'],
      [C, 'Syria'],
      [D, 'India'],
      ['not a link', 'typo'],
    ]);
    const report = await gateway.recalculate(HUB);
    const byLabel = Object.fromEntries(report.spreadsheets.map((s) => [s.label, s]));
    expect(byLabel.Mexico?.status).toBe('written');
    expect(byLabel.India?.status).toBe('written');
    expect(byLabel.Philippines).toMatchObject({
      status: 'invalid',
      errors: 1,
      reason: '1 error(s); first: Corridors!B2: origin is required for PHL-SAU',
    });
    expect(byLabel.Syria).toMatchObject({ status: 'unreachable', failure: 'forbidden' });
    expect(byLabel.Syria?.reason).toContain(`share the spreadsheet with ${EMAIL}`);
    expect(report.corridorsScored).toBe(2);
    expect(server.count('batchUpdate', C)).toBe(0);
    expect(tab(B, 'Corridor validation')?.[3]).toEqual([
      'Corridors!B2',
      'error',
      'required',
      'origin is required for PHL-SAU',
    ]);
    // no scores were ever written to B, and its scorecard now says since which run it is stale
    expect(tab(B, 'Corridor scorecard')?.[0]?.[0]).toBe(
      `Stale since run ${report.runId} (2026-11-28T12:00:00.000Z): not scored by the hub "Observatory hub".`,
    );
    expect(tab(HUB, 'Ranking')?.map((r) => r[0])).toEqual(['corridor_id', 'MEX-USA', 'IND-ARE']);
    // the hub's own list had an unreadable row: reported, but the run went on
    expect(byLabel['Observatory hub']).toMatchObject({ status: 'invalid', errors: 1 });
  });

  test('a spreadsheet that never answers is reported unreachable once the retry deadline passes', async () => {
    gateway = makeGateway(200);
    server.add(A, corridorTabs('MEX-USA', 'MEX', 'USA', [60]));
    server.add(B, corridorTabs('PHL-SAU', 'PHL', 'SAU', [40]));
    server.inject({ kind: 'timeout', spreadsheetId: B, times: Number.POSITIVE_INFINITY });
    hub([
      [A, 'Mexico'],
      [B, 'Philippines'],
    ]);
    const report = await gateway.recalculate(HUB);
    expect(report.spreadsheets.map((s) => s.status)).toEqual(['written', 'written', 'unreachable']);
    expect(report.spreadsheets[2]?.reason).toBe('Google Sheets did not answer in time.');
    expect(server.count('batchUpdate', B)).toBe(0);
  });

  test('an unreachable hub stops the run before any corridor is touched', async () => {
    server.add(A, corridorTabs('MEX-USA', 'MEX', 'USA', [60]));
    const report = await gateway.recalculate(HUB);
    expect(report).toMatchObject({
      ok: false,
      corridorsScored: 0,
      spreadsheets: [{ role: 'hub', status: 'unreachable', failure: 'not_found' }],
    });
    expect(server.requests.filter((r) => r.spreadsheetId === A)).toEqual([]);
  });

  test('two recalculations of the same hub at once run one after the other, never interleaved', async () => {
    server.add(A, corridorTabs('MEX-USA', 'MEX', 'USA', [60]));
    hub([[A, 'Mexico']]);
    const release = server.holdWrites();
    const first = gateway.recalculate(HUB);
    const second = gateway.recalculate(HUB);
    await waitFor(() => server.count('batchUpdate') === 1);
    await new Promise((ok) => setTimeout(ok, 100));
    // the first run is parked inside its first write (taking the lease); the second has read nothing
    expect(server.requests.map((r) => r.method)).toEqual(['get', 'batchUpdate']);
    release();
    await Promise.all([first, second]);
    const order = server.requests.map(
      (r) => `${r.method}:${r.spreadsheetId === HUB ? 'hub' : 'A'}`,
    );
    const half = order.length / 2;
    expect(order.slice(0, half)).toEqual(order.slice(half));
    expect(order.slice(0, half)).toEqual([
      'get:hub',
      'batchUpdate:hub',
      'get:hub',
      'get:hub',
      'batchGet:hub',
      'get:A',
      'batchGet:A',
      'get:hub',
      'batchUpdate:A',
      'batchUpdate:hub',
      'batchUpdate:hub',
    ]);
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((ok) => setTimeout(ok, 10));
  if (!condition()) throw new Error('condition not met within 2 s');
}
