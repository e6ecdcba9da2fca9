import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import {
  applyWriteBack,
  buildExcel,
  readXlsx,
  toXlsxBytes,
  writeXlsx,
} from '../../src/adapters/xlsx/index.ts';
import { applyWriteBackToGrid } from '../../src/core/contract/apply-write-back-grid.ts';
import { inputWorkbook, writeBack } from '../support/write-back-fixture.ts';

async function roundTrip(bytes: Uint8Array) {
  const read = await readXlsx(bytes, 'book.xlsx', { tabs: 'all' });
  if (!read.ok) throw new Error(read.issues[0]!.message);
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load(bytes as unknown as ArrayBuffer);
  return { ...read, excel };
}

const toWorkbook = async (excel: ExcelJS.Workbook) =>
  (await roundTrip(await toXlsxBytes(excel))).workbook;

describe('xlsx adapter', () => {
  test('grids written to xlsx read back cell for cell, near-ties and formula-like text included', async () => {
    const read = await roundTrip(await writeXlsx(inputWorkbook));
    expect(read.workbook).toEqual(inputWorkbook);
    expect(read.workbook.tabs.Indicators![2]![2]).toBe(5.0999999999999996);
  });

  test('applying a write-back adds the generated tabs and leaves every input cell identical', async () => {
    const read = await roundTrip(await writeXlsx(inputWorkbook));
    applyWriteBack(read.excel, writeBack);
    const after = await roundTrip(await toXlsxBytes(read.excel));
    expect(after.workbook.tabs.Corridors).toEqual(inputWorkbook.tabs.Corridors);
    expect(after.workbook.tabs.Indicators).toEqual(inputWorkbook.tabs.Indicators);
    expect(after.workbook.tabs.Ranking![3]).toEqual(['=1+1', 38.5]);
    // the grid path (CSV folders) and the xlsx path give the same tabs
    expect(dropRegistry(after.workbook)).toEqual(
      dropRegistry(applyWriteBackToGrid(inputWorkbook, writeBack)),
    );
  });

  test('text that looks like a formula is stored as a string cell, never as a formula', async () => {
    const excel = buildExcel(inputWorkbook);
    applyWriteBack(excel, writeBack);
    const again = await roundTrip(await toXlsxBytes(excel));
    const cell = again.excel.getWorksheet('Ranking')!.getCell('A4');
    expect(cell.type).toBe(3); // ExcelJS.ValueType.String
    expect(cell.formula).toBeUndefined();
  });

  test('a rerun replaces the generated tabs instead of duplicating them', async () => {
    const excel = buildExcel(inputWorkbook);
    applyWriteBack(excel, writeBack);
    applyWriteBack(excel, writeBack);
    const names = (await roundTrip(await toXlsxBytes(excel))).excel.worksheets.map((s) => s.name);
    expect(names.filter((n) => n === 'Ranking')).toHaveLength(1);
    expect(names).toEqual([
      'Corridors',
      'Indicators',
      'Ranking',
      'Validation',
      '_corridor_monitor',
    ]);
  });

  test("a user's own tab called Ranking is kept and the benchmark goes to Ranking (CM)", async () => {
    const mine = { tabs: { ...inputWorkbook.tabs, Ranking: [['my own notes']] } };
    const excel = buildExcel(mine);
    applyWriteBack(excel, writeBack);
    const wb = await toWorkbook(excel);
    expect(wb.tabs.Ranking).toEqual([['my own notes']]);
    expect(wb.tabs['Ranking (CM)']![2]).toEqual(['MEX-USA', 61.25]);
  });

  test('a write-back with only a Validation tab leaves the previous benchmark tabs in place', async () => {
    const excel = buildExcel(inputWorkbook);
    applyWriteBack(excel, writeBack);
    applyWriteBack(excel, { tabs: [{ name: 'Validation', frozenRows: 1 }], patches: [] });
    const wb = await toWorkbook(excel);
    expect(wb.tabs.Ranking![2]).toEqual(['MEX-USA', 61.25]);
    expect(wb.tabs.Validation).toEqual([]);
  });

  test('layout reaches the file: frozen rows, widths, notes, colour scale', async () => {
    const excel = buildExcel(inputWorkbook);
    applyWriteBack(excel, writeBack);
    const sheet = (await roundTrip(await toXlsxBytes(excel))).excel.getWorksheet('Ranking')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.getColumn(1).width).toBe(14);
    expect(sheet.getCell('B2').note).toBe('score 0-100');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
  });
});

describe('xlsx adapter refuses bad files with a clear message', () => {
  const cases: [string, () => Promise<Uint8Array>, RegExp][] = [
    ['an empty file', async () => new Uint8Array(0), /is empty/],
    [
      'a text file',
      async () => new TextEncoder().encode('origin,destination\nMEX,USA\n'),
      /not an .xlsx workbook/,
    ],
    [
      'a password-protected (OLE compound) file',
      async () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      /password-protected or an old .xls/,
    ],
    [
      'a truncated workbook',
      async () => (await writeXlsx(inputWorkbook)).slice(0, 600),
      /could not be read as .xlsx/,
    ],
    [
      'a corrupted workbook',
      async () => {
        const b = await writeXlsx(inputWorkbook);
        const c = b.slice();
        c.fill(7, 200, 2000);
        return c;
      },
      /could not be read as .xlsx/,
    ],
  ];
  for (const [what, make, message] of cases) {
    test(`${what} gets an error value, not an exception`, async () => {
      const read = await readXlsx(await make(), 'book.xlsx');
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.issues[0]!.message).toMatch(message);
    });
  }

  test('a workbook over the size limit is refused before it is parsed', async () => {
    const read = await readXlsx(await writeXlsx(inputWorkbook), 'big.xlsx', 100);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.issues[0]).toMatchObject({ code: 'too_large' });
  });
});

function dropRegistry(wb: { tabs: Record<string, unknown[][]> }) {
  const { _corridor_monitor: _, ...tabs } = wb.tabs;
  return { tabs };
}
