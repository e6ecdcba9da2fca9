import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readXlsx } from '../../src/adapters/xlsx/index.ts';
import {
  billionLaughs,
  bitFlipped,
  farCell,
  manyRows,
  packageOf,
  sharedStringBomb,
  truncated,
  xxe,
  zipBomb,
} from '../fuzz/hostile-workbooks.ts';

const EXAMPLE = new Uint8Array(readFileSync('examples/observatory.xlsx'));

async function refused(bytes: Uint8Array, limits = {}) {
  const started = performance.now();
  const read = await readXlsx(bytes, 'hostile.xlsx', { limits });
  const ms = performance.now() - started;
  if (read.ok) throw new Error('expected a refusal');
  expect(read.issues[0]!.message.split('\n')).toHaveLength(1);
  return { ...read.issues[0]!, ms };
}

describe('hostile workbooks end quickly with one line naming the tab, the limit and what was found', () => {
  test('a stray cell far right on a template tab is reported by its address', async () => {
    const e = await refused(
      packageOf([
        { name: 'Indicators', rows: `${HEADER_ROW}<row r="2"><c r="XFD2"><v>1</v></c></row>` },
      ]),
    );
    expect(e.message).toMatch(
      /Indicators: a cell at XFD2, over the limit of 61 columns for this tab \(delete or move the stray cell\)/,
    );
  });

  test('a stray cell at XFD1048576 is reported, not iterated to', async () => {
    const e = await refused(farCell());
    expect(e.code).toBe('limit');
    expect(e.message).toMatch(
      /hostile\.xlsx: Indicators: a row at 1,048,576, over the limit of 500,000 rows per tab/,
    );
    expect(e.ms).toBeLessThan(2000);
  });

  test('a cell whose own address is far below its row is refused, not padded to', async () => {
    const rows = `${HEADER_ROW}<row r="2"><c r="F787968565067288"><v>1</v></c></row>`;
    const e = await refused(packageOf([{ name: 'Indicators', rows }]));
    expect(e.message).toMatch(
      /Indicators: a cell at F7879685650672\d*, over the limit of 500,000 rows per tab/,
    );
  });

  test('a tab with more rows than the limit stops at the limit', async () => {
    const e = await refused(manyRows(5_000), { rows: 1_000 });
    expect(e.message).toMatch(/Indicators: a row at 1,001, over the limit of 1,000 rows per tab/);
  });

  test('a tab whose declared used range passes the row limit stops before any row is read', async () => {
    const xml = `<worksheet><dimension ref="A1:K1000001"/><sheetData>${HEADER_ROW}</sheetData></worksheet>`;
    const e = await refused(packageOf([{ name: 'Indicators', xml }]));
    expect(e.message).toMatch(
      /Indicators: a used range down to row 1,000,001, over the limit of 500,000 rows per tab/,
    );
  });

  test('a zip bomb is refused from its declared size before it is inflated', async () => {
    const e = await refused(zipBomb(24), { partBytes: 8 * 1024 * 1024 });
    expect(e.message).toMatch(
      /xl\/worksheets\/sheet1\.xml: 24\.0 MB when decompressed, over the limit of 8\.0 MB per part/,
    );
    expect(e.ms).toBeLessThan(2000);
  });

  test('a zip bomb that lies about its size stops where the lie is found', async () => {
    const bomb = zipBomb(24);
    // rewrite the declared sizes (local header and central directory) to 1 KB
    const view = new DataView(bomb.buffer);
    for (let i = 0; i + 4 <= bomb.length; i++) {
      const sig = view.getUint32(i, true);
      if (
        sig === 0x04034b50 &&
        new TextDecoder().decode(bomb.subarray(i + 30, i + 30 + view.getUint16(i + 26, true))) ===
          'xl/worksheets/sheet1.xml'
      )
        view.setUint32(i + 22, 1024, true);
      if (
        sig === 0x02014b50 &&
        new TextDecoder().decode(bomb.subarray(i + 46, i + 46 + view.getUint16(i + 28, true))) ===
          'xl/worksheets/sheet1.xml'
      )
        view.setUint32(i + 24, 1024, true);
    }
    const e = await refused(bomb);
    expect(e.message).toMatch(/hostile\.xlsx/);
    expect(e.ms).toBeLessThan(2000);
  });

  test('a shared-strings table over the limit is refused', async () => {
    const e = await refused(sharedStringBomb(3_000), { sharedStrings: 2_000 });
    expect(e.message).toMatch(
      /xl\/sharedStrings\.xml: more than 2,000 shared strings, over the limit of 2,000 shared strings/,
    );
  });

  test('an external entity (XXE) is refused and never resolved', async () => {
    const e = await refused(xxe());
    expect(e.message).toMatch(/DOCTYPE or entity; refused/);
    expect(e.message).not.toMatch(/root:/);
  });

  test('billion laughs is refused without expanding anything', async () => {
    const e = await refused(billionLaughs());
    expect(e.message).toMatch(/DOCTYPE or entity; refused/);
    expect(e.ms).toBeLessThan(2000);
  });

  test('a cell longer than Excel allows is refused naming the cell', async () => {
    const long = 'x'.repeat(40_000);
    const e = await refused(
      packageOf([
        {
          name: 'Indicators',
          rows: `<row r="3"><c r="F3" t="inlineStr"><is><t>${long}</t></is></c></row>`,
        },
      ]),
    );
    expect(e.message).toMatch(
      /Indicators!F3: 40,000 characters, over the limit of 32,767 characters per cell/,
    );
  });

  test('every truncation of the example is an error value, never an exception', async () => {
    for (const keep of [10, 100, 1000, 5000, 20_000, EXAMPLE.length - 100]) {
      const read = await readXlsx(truncated(EXAMPLE, keep), 'cut.xlsx');
      expect(read.ok, `kept ${keep}`).toBe(false);
    }
  });

  test('bit-flipped copies of the example read or give one line, never throw', async () => {
    for (let seed = 1; seed <= 8; seed++) {
      const read = await readXlsx(bitFlipped(EXAMPLE, 4, seed), 'flipped.xlsx');
      if (!read.ok) expect(read.issues[0]!.message.split('\n')).toHaveLength(1);
    }
  });
});

describe('cells read as the user sees them', () => {
  const styles = `<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>`;
  const rows = [
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>',
    '<row r="2"><c r="A2" t="d"><v>2020-03-01T00:00:00</v></c><c r="B2" s="1"><v>43891</v></c><c r="C2" s="2"><v>43892.5</v></c></row>',
    '<row r="3"><c r="A3" t="b"><v>1</v></c><c r="B3" t="e"><v>#N/A</v></c><c r="C3" t="str"><f>1/0</f><v>#DIV/0!</v></c></row>',
    '<row r="4"><c r="A4" t="s"><v>2</v></c><c r="B4"><v>12.5</v></c><c r="C4" t="inlineStr"><is><r><t>ri</t></r><r><t>ch</t></r><rPh><t>x</t></rPh></is></c></row>',
    '<row r="5"><c r="F5"><v>7</v></c></row><row r="6"><c r="F6"><v>7</v></c></row><row r="7"><c r="F7"><v>7</v></c></row>',
  ].join('');
  const book = () =>
    packageOf(
      [
        {
          name: 'Indicators',
          rows,
          after: '<mergeCells count="1"><mergeCell ref="F5:F7"/></mergeCells>',
        },
      ],
      { sharedStrings: ['value', 'a &amp; b', '0x10'], styles },
    );

  test('dates, booleans, errors, formulas, rich text and hex-looking text keep what the user sees', async () => {
    const read = await readXlsx(book(), 'cells.xlsx');
    if (!read.ok) throw new Error(read.issues[0]!.message);
    const t = read.workbook.tabs.Indicators!;
    expect(t[0]!.slice(0, 2)).toEqual(['value', 'a & b']);
    expect(t[1]!.slice(0, 3)).toEqual(['2020-03-01', '2020-03-01', '2020-03-02T12:00:00.000Z']);
    expect(t[2]!.slice(0, 3)).toEqual([true, '#N/A', '#DIV/0!']);
    expect(t[3]!.slice(0, 3)).toEqual(['0x10', 12.5, 'rich']);
  });

  test('in a merged range only the top-left cell keeps its value', async () => {
    const read = await readXlsx(book(), 'cells.xlsx');
    if (!read.ok) throw new Error(read.issues[0]!.message);
    const t = read.workbook.tabs.Indicators!;
    expect([t[4]![5], t[5]![5], t[6]![5]]).toEqual([7, null, null]);
  });

  test('an OpenDocument spreadsheet is told to be saved as .xlsx', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const ods = zipSync({
      mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
      'content.xml': strToU8('<x/>'),
    });
    const read = await readXlsx(ods, 'book.ods');
    expect(!read.ok && read.issues[0]!.message).toMatch(
      /OpenDocument spreadsheet \(\.ods\); save it as \.xlsx/,
    );
  });

  test('only the template tabs are read unless all are asked for', async () => {
    const bytes = packageOf([
      { name: 'Indicators', rows: HEADER_ROW },
      { name: 'My notes', rows: HEADER_ROW },
    ]);
    const template = await readXlsx(bytes, 'b.xlsx');
    const all = await readXlsx(bytes, 'b.xlsx', { tabs: 'all' });
    expect(template.ok && Object.keys(template.workbook.tabs)).toEqual(['Indicators']);
    expect(all.ok && Object.keys(all.workbook.tabs)).toEqual(['Indicators', 'My notes']);
  });
});

const HEADER_ROW = '<row r="1"><c r="A1" t="inlineStr"><is><t>corridor_id</t></is></c></row>';
