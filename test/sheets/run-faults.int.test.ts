import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createSheetsGateway } from '../../src/adapters/sheets/gateway.ts';
import { LEASE_KEY } from '../../src/adapters/sheets/hub-lease.ts';
import { withRetry } from '../../src/adapters/sheets/retry.ts';
import type { RunReport } from '../../src/core/contract/run-report.ts';
import {
  type FakeSheetsServer,
  type FaultKind,
  type Method,
  nodeClientFor,
  plainRows,
  startFakeSheets,
} from '../support/fake-sheets/index.ts';
import { addHubOfTwo, corridorTabs, fakeAssess, fakeValidate } from './support/fake-engine.ts';

const A = '1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const B = '1bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const HUB = '1hubhubhubhubhubhubhubhubhubhubhubhubhubhubh';

let server: FakeSheetsServer;
const gateway = () =>
  createSheetsGateway({
    transport: withRetry(nodeClientFor(server, 300), { baseDelayMs: 5, deadlineMs: 400 }),
    serviceAccountEmail: 'cm@test.iam.gserviceaccount.com',
    engine: { assess: fakeAssess, validate: fakeValidate },
    clock: { now: () => new Date('2026-11-28T12:00:00Z') },
    reviewSecret: 'x'.repeat(32),
  });

const rows = (id: string, title: string) => {
  const sheet = server.spreadsheets.get(id)?.sheets.find((s) => s.properties.title === title);
  return sheet ? plainRows(sheet) : [];
};
const RUN = /run (run-[0-9a-f]{8})/;
/** The run a corridor sheet's scorecard says it shows. */
const shownBy = (id: string) => RUN.exec(String(rows(id, 'Corridor scorecard')[1]?.[0] ?? ''))?.[1];
/** The run the hub's run report is from, and what it says each sheet shows. */
function hubReport() {
  const tab = rows(HUB, 'Recalculation');
  const run = RUN.exec(String(tab[0]?.[0] ?? ''))?.[1];
  const shows = Object.fromEntries(tab.slice(3).map((r) => [String(r[1]), String(r[3])]));
  return { run, shows };
}
const liveLeases = () =>
  server.spreadsheets.get(HUB)!.developerMetadata.filter((m) => m.metadataKey === LEASE_KEY).length;

/** Every step of a run, as the Sheets request it makes (the n-th of its kind on that spreadsheet). */
const STEPS: [string, string, Method, number][] = [
  ['reading the lease', HUB, 'get', 0],
  ['adding the lease', HUB, 'batchUpdate', 0],
  ['re-reading the lease', HUB, 'get', 1],
  ['reading the hub', HUB, 'get', 2],
  ["reading the hub's values", HUB, 'batchGet', 0],
  ['reading a corridor sheet', A, 'get', 0],
  ["reading a corridor sheet's values", A, 'batchGet', 0],
  ['re-checking the lease', HUB, 'get', 3],
  ['writing a corridor sheet', A, 'batchUpdate', 0],
  ['writing the hub', HUB, 'batchUpdate', 1],
  ['releasing the lease', HUB, 'batchUpdate', 2],
];
const FAULTS: FaultKind[] = ['403', '500', 'timeout'];

beforeEach(async () => {
  server = await startFakeSheets();
  addHubOfTwo(server, { a: A, b: B, hub: HUB });
});
afterEach(async () => {
  expect(server.violations).toEqual([]);
  await server.stop();
});

describe.each(STEPS)('a failure while %s', (_, spreadsheetId, method, after) => {
  test.each(FAULTS)(
    'with %s leaves every sheet wholly at the old run or the new one, as the report says',
    async (kind) => {
      const first = await gateway().recalculate(HUB);
      expect(first.ok).toBe(true);
      server.requests.length = 0;
      server.inject({ kind, spreadsheetId, method, after, times: Number.POSITIVE_INFINITY });
      const second: RunReport = await gateway().recalculate(HUB);
      server.faults.length = 0;
      const runs = [first.runId, second.runId];
      // each sheet shows one run, never a mix
      for (const id of [A, B]) expect(runs).toContain(shownBy(id));
      const hub = hubReport();
      expect(runs).toContain(hub.run);
      // the returned report says which run each sheet shows
      for (const sheet of second.spreadsheets.filter((s) => s.role === 'corridor')) {
        const expected = sheet.status === 'written' ? second.runId : first.runId;
        expect(shownBy(sheet.spreadsheetId), `${sheet.label}: ${sheet.status}`).toBe(expected);
      }
      // when the hub took the new run, its run report agrees with every sheet
      if (hub.run === second.runId)
        for (const id of [A, B])
          expect(hub.shows[id]).toBe(
            shownBy(id) === second.runId ? second.runId : 'unchanged (an earlier run)',
          );
      if (second.spreadsheets[0]?.status !== 'written') expect(second.ok).toBe(false);
      // a lease is released, unless the fault also blocks the release (it then expires by itself)
      if (!(spreadsheetId === HUB && method === 'batchUpdate' && after >= 1))
        expect(liveLeases()).toBe(0);
    },
  );
});

test('a sheet that turns invalid shows "stale since run X" on its scorecard, not its old scores', async () => {
  const first = await gateway().recalculate(HUB);
  expect(rows(B, 'Corridor scorecard')[4]?.[0]).toBe('PHL-SAU');
  server.add(B, corridorTabs('PHL-SAU', '', 'SAU', [40]));
  const second = await gateway().recalculate(HUB);
  expect(second.spreadsheets.find((s) => s.spreadsheetId === B)?.status).toBe('invalid');
  const scorecard = rows(B, 'Corridor scorecard');
  expect(scorecard[0]?.[0]).toMatch(new RegExp(`^Stale since run ${second.runId}`));
  expect(scorecard.flat()).not.toContain('PHL-SAU');
  expect(first.runId).not.toBe(second.runId);
});
