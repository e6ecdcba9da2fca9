import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { SheetsWorkbook } from '../../src/adapters/sheets/sheets-workbook.ts';
import { GENERATED_KEY } from '../../src/adapters/sheets/tab-metadata.ts';
import type { WriteBack } from '../../src/core/contract/patch.ts';
import {
  type FakeSheetsServer,
  nodeClientFor,
  plainRows,
  startFakeSheets,
} from '../support/fake-sheets/index.ts';

let server: FakeSheetsServer;
beforeEach(async () => {
  server = await startFakeSheets();
});
afterEach(async () => {
  expect(server.violations).toEqual([]);
  await server.stop();
});

const ranking = (rows: (string | number)[][]): WriteBack => ({
  tabs: [
    {
      name: 'Ranking',
      frozenRows: 1,
      columnWidths: [120, 80],
      colourScales: [
        {
          range: `B2:B${rows.length + 1}`,
          minColour: '#F8696B',
          midColour: '#FFEB84',
          maxColour: '#63BE7B',
        },
      ],
      charts: [
        {
          type: 'bar',
          title: 'Overall',
          categories: `A2:A${rows.length + 1}`,
          series: [{ name: 'Overall', range: `B2:B${rows.length + 1}` }],
          anchor: 'D2',
        },
      ],
      validations: [{ range: 'C2:C3', kind: 'list', values: ['yes', 'no'] }],
      tabColour: '#1F4E79',
    },
  ],
  patches: [
    {
      tab: 'Ranking',
      range: 'A1',
      values: [['corridor', 'overall'], ...rows],
      formats: [[{ bold: true, background: '#DDEBF7' }, { bold: true }]],
      notes: [[null, 'Score 0-100']],
    },
  ],
});

function tabByTitle(id: string, title: string) {
  const sheet = server.spreadsheets.get(id)?.sheets.find((s) => s.properties.title === title);
  if (!sheet) throw new Error(`no tab ${title}`);
  return sheet;
}

describe('Sheets adapter against the schema-checked fake', () => {
  test('reads every input tab with one get and one batchGet, typed as unformatted values', async () => {
    server.add('ss1', {
      Corridors: [
        ['corridor_id', 'origin'],
        ['MEX-USA', 'MEX'],
      ],
      'Data availability': [
        ['item', 'latest_year'],
        ['remittances', 2023],
        ['flag', true],
      ],
    });
    const wb = await new SheetsWorkbook(nodeClientFor(server), 'ss1').read();
    expect(wb.tabs).toEqual({
      Corridors: [
        ['corridor_id', 'origin'],
        ['MEX-USA', 'MEX'],
      ],
      'Data availability': [
        ['item', 'latest_year'],
        ['remittances', 2023],
        ['flag', true],
      ],
    });
    expect(server.requests.map((r) => r.method)).toEqual(['get', 'batchGet']);
  });

  test('writes a generated tab in one batchUpdate with typed values, formats, notes, rules, chart, protection and metadata', async () => {
    server.add('ss1', { Corridors: [['corridor_id']] });
    const book = new SheetsWorkbook(nodeClientFor(server), 'ss1');
    await book.read();
    const result = await book.writeTabs(
      ranking([
        ['MEX-USA', 71.5],
        ['PHL-SAU', 40],
      ]),
    );
    expect(result.titles).toEqual({ Ranking: 'Ranking' });
    expect(server.requests.map((r) => r.method)).toEqual(['get', 'batchGet', 'batchUpdate']);
    const tab = tabByTitle('ss1', 'Ranking');
    expect(plainRows(tab)).toEqual([
      ['corridor', 'overall'],
      ['MEX-USA', 71.5],
      ['PHL-SAU', 40],
    ]);
    expect(tab.cells[1]?.[1]?.userEnteredValue).toEqual({ numberValue: 71.5 });
    expect(tab.cells[0]?.[0]?.userEnteredFormat?.textFormat?.bold).toBe(true);
    expect(tab.cells[0]?.[1]?.note).toBe('Score 0-100');
    expect(tab.cells[1]?.[2]?.dataValidation?.condition?.type).toBe('ONE_OF_LIST');
    expect(tab.properties.gridProperties?.frozenRowCount).toBe(1);
    expect(tab.conditionalFormats).toHaveLength(1);
    expect(tab.charts).toHaveLength(1);
    expect(tab.protectedRanges.map((p) => p.warningOnly)).toEqual([true]);
    expect(tab.developerMetadata.map((m) => [m.metadataKey, m.metadataValue])).toEqual([
      [GENERATED_KEY, 'Ranking'],
    ]);
    expect(tab.columnWidths).toEqual({ 0: 120, 1: 80 });
  });

  test('a second run clears our tab in place (same sheet id) and leaves no stale rows, rules or charts', async () => {
    server.add('ss1', { Corridors: [['corridor_id']] });
    await new SheetsWorkbook(nodeClientFor(server), 'ss1').write(
      ranking([
        ['A', 1],
        ['B', 2],
        ['C', 3],
      ]),
    );
    const firstId = tabByTitle('ss1', 'Ranking').properties.sheetId;
    const book = new SheetsWorkbook(nodeClientFor(server), 'ss1');
    await book.read();
    await book.write(ranking([['Z', 9]]));
    const tab = tabByTitle('ss1', 'Ranking');
    expect(tab.properties.sheetId).toBe(firstId);
    expect(plainRows(tab)).toEqual([
      ['corridor', 'overall'],
      ['Z', 9],
    ]);
    expect([
      tab.conditionalFormats.length,
      tab.charts.length,
      tab.protectedRanges.length,
      tab.developerMetadata.length,
    ]).toEqual([1, 1, 1, 1]);
  });

  test("a user's own tab called Ranking is never overwritten: ours goes to 'Ranking (CM)'", async () => {
    server.add('ss1', { Ranking: [['my own notes'], ['keep me']] });
    const book = new SheetsWorkbook(nodeClientFor(server), 'ss1');
    await book.read();
    const result = await book.writeTabs(ranking([['MEX-USA', 50]]));
    expect(result.titles.Ranking).toBe('Ranking (CM)');
    expect(plainRows(tabByTitle('ss1', 'Ranking'))).toEqual([['my own notes'], ['keep me']]);
    expect(plainRows(tabByTitle('ss1', 'Ranking (CM)'))[1]).toEqual(['MEX-USA', 50]);
    // and the next run finds ours again by its metadata, not by name
    const again = new SheetsWorkbook(nodeClientFor(server), 'ss1');
    await again.read();
    expect((await again.writeTabs(ranking([['X', 1]]))).titles.Ranking).toBe('Ranking (CM)');
    expect(server.spreadsheets.get('ss1')?.sheets.map((s) => s.properties.title)).toEqual([
      'Ranking',
      'Ranking (CM)',
    ]);
  });

  test('text that looks like a formula is written as a string value, never as a formula', async () => {
    server.add('ss1', { Corridors: [['corridor_id']] });
    await new SheetsWorkbook(nodeClientFor(server), 'ss1').write({
      tabs: [{ name: 'Validation', frozenRows: 0 }],
      patches: [
        { tab: 'Validation', range: 'A1', values: [['=IMPORTXML("http://x","//a")', '+1', true]] },
      ],
    });
    const cells = tabByTitle('ss1', 'Validation').cells[0];
    expect(cells?.[0]?.userEnteredValue).toEqual({ stringValue: '=IMPORTXML("http://x","//a")' });
    expect(cells?.[1]?.userEnteredValue).toEqual({ stringValue: '+1' });
    expect(cells?.[2]?.userEnteredValue).toEqual({ boolValue: true });
  });

  test("a tab named like a cell (AB12) or with a quote (O'Brien) is read as a tab", async () => {
    server.add('ss1', { First: [['first']], AB12: [['x', 1]], "O'Brien": [['y', 2]] });
    const wb = await new SheetsWorkbook(nodeClientFor(server), 'ss1').read();
    expect(wb.tabs).toEqual({ First: [['first']], AB12: [['x', 1]], "O'Brien": [['y', 2]] });
  });

  test('tabs we generated are left out of what is read back as input', async () => {
    server.add('ss1', { Corridors: [['corridor_id'], ['MEX-USA']] });
    await new SheetsWorkbook(nodeClientFor(server), 'ss1').write(ranking([['MEX-USA', 50]]));
    const wb = await new SheetsWorkbook(nodeClientFor(server), 'ss1').read();
    expect(Object.keys(wb.tabs)).toEqual(['Corridors']);
  });

  test('a tab the add-on left half-built is not read as input', async () => {
    const ss = server.add('ss1', { Corridors: [['corridor_id']], Scratch: [['half']] });
    ss.sheets[1]!.developerMetadata.push({
      metadataId: 7,
      metadataKey: 'corridor-monitor:building',
      metadataValue: 'Ranking',
      location: { locationType: 'SHEET', sheetId: ss.sheets[1]!.properties.sheetId },
      visibility: 'DOCUMENT',
    });
    const wb = await new SheetsWorkbook(nodeClientFor(server), 'ss1').read();
    expect(Object.keys(wb.tabs)).toEqual(['Corridors']);
  });

  test('the fake rejects a request body the real API would reject, and records it', async () => {
    server.add('ss1', { Corridors: [['corridor_id']] });
    const bad = {
      updateCells: {
        start: { sheetId: 0 },
        rows: [{ values: [{ userEnteredValue: { textValue: 'x' } }] }],
        fields: '*',
      },
    };
    await expect(nodeClientFor(server).batchUpdate('ss1', [bad as never])).rejects.toMatchObject({
      status: 400,
      reason: 'INVALID_ARGUMENT',
    });
    expect(server.violations).toEqual([
      'request: BatchUpdateSpreadsheetRequest.requests[0].updateCells.rows[0].values[0].userEnteredValue.textValue: unknown property',
    ]);
    server.violations.length = 0;
  });
});
