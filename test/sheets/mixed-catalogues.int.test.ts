import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { defaultEngine } from '../../src/adapters/sheets/engine.ts';
import { createSheetsGateway } from '../../src/adapters/sheets/gateway.ts';
import { withRetry } from '../../src/adapters/sheets/retry.ts';
import { a1 } from '../../src/core/contract/a1.ts';
import { mergeWithOrigins } from '../../src/core/recalculate/merge-workbooks.ts';
import { ownCell } from '../../src/core/recalculate/recalculate.ts';
import { CATALOGUE } from '../../src/core/template/catalogue/index.ts';
import {
  type FakeSheetsServer,
  nodeClientFor,
  type PlainValue,
  startFakeSheets,
} from '../support/fake-sheets/index.ts';
import { exampleIds, exampleTabs, sheetIdOf } from './support/example-split.ts';

const HUB = '1hubhubhubhubhubhubhubhubhubhubhubhubhubhubh';
const BUILT_IN = new Set(CATALOGUE.map((c) => c.id));
const [first, second, third] = exampleIds as [string, string, string];

let server: FakeSheetsServer;
const gateway = () =>
  createSheetsGateway({
    transport: withRetry(nodeClientFor(server, 10_000), { baseDelayMs: 5 }),
    serviceAccountEmail: 'cm@test.iam.gserviceaccount.com',
    engine: defaultEngine,
    clock: { now: () => new Date('2026-11-28T12:00:00Z') },
    reviewSecret: 'x'.repeat(32),
    uncertaintyRuns: 0,
  });

/** A team on a fresh template: the built-in catalogue only, and no rows for custom indicators. */
function freshTemplate(corridor: string): Record<string, PlainValue[][]> {
  const tabs = exampleTabs([corridor]);
  const customIds = new Set(
    tabs
      .Catalogue!.slice(1)
      .map((r) => String(r[0]))
      .filter((id) => !BUILT_IN.has(id)),
  );
  tabs.Catalogue = tabs.Catalogue!.filter((r, i) => i === 0 || BUILT_IN.has(String(r[0])));
  tabs.Indicators = tabs.Indicators!.filter((r, i) => i === 0 || BUILT_IN.has(String(r[1])));
  tabs['Data availability'] = tabs['Data availability']!.filter(
    (r) => !r.some((cell) => customIds.has(String(cell))),
  );
  return tabs;
}

function hubListing(...corridors: string[]) {
  server.add(
    HUB,
    { Hub: [['spreadsheet', 'label'], ...corridors.map((c) => [sheetIdOf(c), c])] },
    'Hub',
  );
}

beforeEach(async () => {
  server = await startFakeSheets();
});
afterEach(async () => {
  expect(server.violations).toEqual([]);
  await server.stop();
});

describe('corridor sheets with their own catalogues', () => {
  test('teams with a custom indicator and a team on a fresh template are scored together on the union of the catalogues', async () => {
    server.add(sheetIdOf(first), exampleTabs([first]));
    server.add(sheetIdOf(second), exampleTabs([second]));
    server.add(sheetIdOf(third), freshTemplate(third));
    hubListing(first, second, third);
    const report = await gateway().recalculate(HUB);
    expect(report.spreadsheets.map((s) => [s.label, s.status, s.issues])).toEqual([
      ['Hub', 'written', []],
      [first, 'written', []],
      [second, 'written', []],
      [third, 'written', []],
    ]);
    expect(report.corridorsScored).toBe(3);
  });

  test('two definitions of one custom indicator: the second sheet is told at its own Catalogue cell, the others are scored', async () => {
    const differing = exampleTabs([second]);
    const row = differing.Catalogue!.findIndex((r) => r[0] === 'corridor_refugees');
    const maxCol = differing.Catalogue![0]!.indexOf('max');
    differing.Catalogue![row]![maxCol] = 5_000_000;
    server.add(sheetIdOf(first), exampleTabs([first]));
    server.add(sheetIdOf(second), differing);
    server.add(sheetIdOf(third), freshTemplate(third));
    hubListing(first, second, third);
    const report = await gateway().recalculate(HUB);
    const bySheet = Object.fromEntries(report.spreadsheets.map((s) => [s.label, s]));
    expect(bySheet[first]?.status).toBe('written');
    expect(bySheet[third]?.status).toBe('written');
    expect(bySheet[second]?.status).toBe('invalid');
    expect(bySheet[second]?.issues).toEqual([
      {
        code: 'invalid_catalogue',
        cell: `Catalogue!A${row + 1}`,
        message: `Indicator corridor_refugees is defined differently in "${first}" (max differ); use one definition everywhere.`,
        severity: 'error',
      },
    ]);
    expect(report.corridorsScored).toBe(2);
  });
});

test('an issue found in the merged workbook is given back at the cell of the sheet the row came from', () => {
  const a = {
    tabs: {
      Indicators: [
        ['corridor_id', 'indicator', 'value'],
        ['MEX-USA', 'x', 1],
      ],
    },
  };
  const b = {
    tabs: {
      Indicators: [
        ['value', 'indicator', 'corridor_id'],
        ['', '', ''],
        [7, 'y', 'PHL-SAU'],
      ],
    },
  };
  const { workbook, origins } = mergeWithOrigins([a, b]);
  const header = workbook.tabs.Indicators![0] as string[];
  const valueCol = header.indexOf('value') + 1;
  // merged row 3 is b's row 3 (after its blank row), and its value column is b's column A
  expect(ownCell(a1('Indicators', 3, valueCol), origins)).toEqual({
    part: 1,
    cell: 'Indicators!A3',
  });
  expect(ownCell(a1('Indicators', 2, valueCol), origins)).toEqual({
    part: 0,
    cell: 'Indicators!C2',
  });
  expect(ownCell('Method!B3', origins)).toBeNull();
});
