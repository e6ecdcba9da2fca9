/**
 * The bundled 17-corridor example split into one spreadsheet per corridor,
 * recalculated through the Sheets gateway with the real engine.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultEngine } from '../../src/adapters/sheets/engine.ts';
import { createSheetsGateway } from '../../src/adapters/sheets/gateway.ts';
import { withRetry } from '../../src/adapters/sheets/retry.ts';
import { GENERATED_KEY } from '../../src/adapters/sheets/tab-metadata.ts';
import { assess } from '../../src/core/assess/assess.ts';
import type { RunReport } from '../../src/core/contract/run-report.ts';
import {
  type FakeSheetsServer,
  nodeClientFor,
  plainRows,
  startFakeSheets,
} from '../support/fake-sheets/index.ts';
import { example, exampleIds, exampleTabs, sheetIdOf, typed } from './support/example-split.ts';

const NOW = new Date('2026-01-15T12:00:00Z');
const RUNS = 20;
const HUB = '1hubhubhubhubhubhubhubhubhubhubhubhubhubhubh';
const ids = exampleIds;
const sheetId = sheetIdOf;

let server: FakeSheetsServer;
let report: RunReport;
const DENIED = ids[4]!;

describe('the example observatory as one spreadsheet per corridor', () => {
  beforeAll(async () => {
    server = await startFakeSheets();
    for (const id of ids) {
      server.add(sheetId(id), exampleTabs([id]), `${id} corridor team`);
    }
    server.add(
      HUB,
      {
        Hub: [
          ['spreadsheet', 'label'],
          ...ids.map((id) => [`https://docs.google.com/spreadsheets/d/${sheetId(id)}/edit`, id]),
        ],
        Catalogue: typed(example.Catalogue!),
        Method: typed(example.Method!),
      },
      'Observatory hub',
    );
    server.denied.add(sheetId(DENIED));
    const gateway = createSheetsGateway({
      transport: withRetry(nodeClientFor(server, 10_000), { baseDelayMs: 5 }),
      serviceAccountEmail: 'cm@project.iam.gserviceaccount.com',
      engine: defaultEngine,
      clock: { now: () => NOW },
      reviewSecret: 'r'.repeat(32),
      uncertaintyRuns: RUNS,
    });
    report = await gateway.recalculate(HUB);
  });
  afterAll(async () => {
    await server.stop();
  });

  test('every readable corridor spreadsheet is validated, scored together and written; the unshared one is reported', () => {
    expect(report.ok).toBe(true);
    expect(report.corridorsScored).toBe(ids.length - 1);
    const statuses = Object.fromEntries(report.spreadsheets.map((s) => [s.label, s.status]));
    expect(statuses[DENIED]).toBe('unreachable');
    expect(Object.values(statuses).filter((s) => s === 'written')).toHaveLength(ids.length); // hub + 16
    expect(server.count('batchUpdate', sheetId(DENIED))).toBe(0);
    expect(server.violations).toEqual([]);
  });

  test('scores match assessing the same corridors in one workbook: merging loses nothing', () => {
    const kept = ids.filter((id) => id !== DENIED);
    const direct = assess(
      { tabs: exampleTabs(kept) },
      { generatedAt: NOW.toISOString(), uncertaintyRuns: RUNS },
    );
    for (const c of direct.benchmark!.corridors) {
      const card = plainRows(
        server.spreadsheets
          .get(sheetId(c.corridorId))!
          .sheets.find((s) => s.properties.title === 'Corridor scorecard')!,
      );
      expect(card[4]?.slice(0, 5)).toEqual([
        c.corridorId,
        expect.any(String),
        Math.round(c.overall! * 10) / 10,
        c.rank,
        kept.length,
      ]);
    }
  });

  test('the hub gets every benchmark tab, each marked as generated, and no input tab is touched', () => {
    const hub = server.spreadsheets.get(HUB)!;
    const generated = hub.sheets
      .filter((s) => s.developerMetadata.some((m) => m.metadataKey === GENERATED_KEY))
      .map((s) => s.properties.title);
    expect(generated).toEqual([
      'Validation',
      'Scorecard',
      'Ranking',
      'Perspectives',
      'Trends',
      'Data gaps',
      'Sensitivity',
      'Audit',
      'Method & sources',
      'Recalculation',
      'Review results',
    ]);
    expect(plainRows(hub.sheets[0]!)).toEqual(
      typed([
        ['spreadsheet', 'label'],
        ...ids.map((id) => [`https://docs.google.com/spreadsheets/d/${sheetId(id)}/edit`, id]),
      ]),
    );
    for (const id of ids.map(sheetId))
      expect(server.requests.filter((r) => r.spreadsheetId === id).length).toBeLessThanOrEqual(3);
    // the hub: 3 calls of its own, 5 for the lease (take: read, add, read; re-check; release)
    expect(server.requests.filter((r) => r.spreadsheetId === HUB).length).toBeLessThanOrEqual(8);
  });
});
