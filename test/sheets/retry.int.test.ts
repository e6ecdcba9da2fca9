import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { withRetry } from '../../src/adapters/sheets/retry.ts';
import { SheetsWorkbook } from '../../src/adapters/sheets/sheets-workbook.ts';
import {
  type FakeSheetsServer,
  nodeClientFor,
  startFakeSheets,
} from '../support/fake-sheets/index.ts';

let server: FakeSheetsServer;
let clock: number;
let delays: number[];
const timing = {
  random: () => 1,
  now: () => clock,
  sleep: async (ms: number) => {
    delays.push(ms);
    clock += ms;
  },
};

beforeEach(async () => {
  server = await startFakeSheets();
  server.add('ss1', { Corridors: [['corridor_id'], ['MEX-USA']] });
  clock = 0;
  delays = [];
});
afterEach(async () => {
  expect(server.violations).toEqual([]);
  await server.stop();
});

describe('retries against the fake server', () => {
  test('429 and 500 answers are retried with exponentially growing backoff until the read succeeds', async () => {
    server.inject({ kind: '429', method: 'get' });
    server.inject({ kind: '500', method: 'get' });
    server.inject({ kind: '503', method: 'get' });
    const book = new SheetsWorkbook(
      withRetry(nodeClientFor(server), { baseDelayMs: 100, ...timing }),
      'ss1',
    );
    expect((await book.read()).tabs.Corridors).toEqual([['corridor_id'], ['MEX-USA']]);
    expect(delays).toEqual([100, 200, 400]);
    expect(server.requests.map((r) => r.status)).toEqual([429, 500, 503, 200, 200]);
  });

  test('jitter draws each delay at random below the exponential ceiling', async () => {
    server.inject({ kind: '429', method: 'get', times: 2 });
    const draws = [0.5, 0.25];
    const transport = withRetry(nodeClientFor(server), {
      ...timing,
      baseDelayMs: 1000,
      random: () => draws.shift() ?? 0,
    });
    await new SheetsWorkbook(transport, 'ss1').read();
    expect(delays).toEqual([500, 500]);
  });

  test('retrying stops at the deadline and the last error surfaces', async () => {
    server.inject({ kind: '429', times: Number.POSITIVE_INFINITY });
    const transport = withRetry(nodeClientFor(server), {
      ...timing,
      baseDelayMs: 1000,
      deadlineMs: 5000,
    });
    await expect(new SheetsWorkbook(transport, 'ss1').read()).rejects.toMatchObject({
      status: 429,
      reason: 'RESOURCE_EXHAUSTED',
    });
    expect(delays).toEqual([1000, 2000]);
  });

  test('a read that times out is retried; a write that times out is not (Google may have applied it)', async () => {
    server.inject({ kind: 'timeout', method: 'batchGet' });
    const transport = withRetry(nodeClientFor(server, 300), { ...timing, baseDelayMs: 10 });
    const book = new SheetsWorkbook(transport, 'ss1');
    await book.read();
    expect(server.count('batchGet')).toBe(2);
    server.inject({ kind: 'timeout', method: 'batchUpdate' });
    await expect(
      book.write({ tabs: [{ name: 'Validation', frozenRows: 0 }], patches: [] }),
    ).rejects.toMatchObject({ status: 0, reason: 'TIMEOUT' });
    expect(server.count('batchUpdate')).toBe(1);
  });

  test('a permission error is not retried', async () => {
    server.denied.add('ss1');
    const transport = withRetry(nodeClientFor(server), timing);
    await expect(new SheetsWorkbook(transport, 'ss1').read()).rejects.toMatchObject({
      status: 403,
    });
    expect(delays).toEqual([]);
  });
});
