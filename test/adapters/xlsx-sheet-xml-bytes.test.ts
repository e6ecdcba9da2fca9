import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sheetXml, type TabGrid } from '../../src/adapters/xlsx/package/sheet-xml.ts';
import { XmlOut } from '../../src/adapters/xlsx/package/xml-out.ts';
import { escapeXml } from '../../src/adapters/xlsx/package/xml-text.ts';
import { columnLetter } from '../../src/core/contract/a1.ts';
import type { CellValue } from '../../src/core/contract/workbook.ts';

/** The sheet data as text, the way the writer built it before it wrote bytes: the specification. */
function referenceRows(grid: TabGrid, heights: Map<number, number>): string {
  const cellXml = (ref: string, v: CellValue | undefined, s: number) => {
    const style = s ? ` s="${s}"` : '';
    if (v === undefined || v === null || v === '') return `<c r="${ref}"${style}/>`;
    if (typeof v === 'number')
      return Number.isFinite(v)
        ? `<c r="${ref}"${style}><v>${v}</v></c>`
        : `<c r="${ref}"${style} t="inlineStr"><is><t>${String(v)}</t></is></c>`;
    if (typeof v === 'boolean') return `<c r="${ref}"${style} t="b"><v>${v ? 1 : 0}</v></c>`;
    const text = escapeXml(String(v));
    const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
    return `<c r="${ref}"${style} t="inlineStr"><is><t${space}>${text}</t></is></c>`;
  };
  let out = '';
  const last = Math.max(grid.values.length, grid.styles.length, ...heights.keys());
  for (let r = 0; r < last; r++) {
    const values = grid.values[r];
    const styles = grid.styles[r];
    const ht = heights.get(r + 1);
    if (!values && !styles && ht === undefined) continue;
    let cells = '';
    const n = Math.max(values?.length ?? 0, styles?.length ?? 0);
    for (let c = 0; c < n; c++) {
      const v = values?.[c];
      const s = styles?.[c] ?? 0;
      if (s || (v !== undefined && v !== null && v !== ''))
        cells += cellXml(`${columnLetter(c + 1)}${r + 1}`, v, s);
    }
    const attrs = ht === undefined ? '' : ` ht="${ht}" customHeight="1"`;
    if (cells || attrs) out += `<row r="${r + 1}"${attrs}>${cells}</row>`;
  }
  return out;
}

const sheetData = (bytes: Uint8Array) => {
  const text = Buffer.from(bytes).toString('utf8');
  return text.slice(text.indexOf('<sheetData>') + 11, text.indexOf('</sheetData>'));
};

const value: fc.Arbitrary<CellValue | undefined> = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(-0, 2 ** 53, -(2 ** 53) - 2, 1e21, 123456789012, 0.1 + 0.2),
  fc.boolean(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    ' lead',
    'trail ',
    'two\nlines',
    '\u00a0nbsp',
    'tab\t',
    '_x0041_',
    'a&b<c>"d"',
    'é😀',
  ),
  fc.constantFrom(null, undefined, ''),
);

describe('the sheet XML written as bytes', () => {
  test('is, byte for byte, the UTF-8 of the text the writer built before', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.array(value, { maxLength: 30 }), { nil: undefined }), {
          maxLength: 12,
        }),
        fc.array(fc.option(fc.array(fc.nat(40), { maxLength: 30 }), { nil: undefined }), {
          maxLength: 12,
        }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 14 }), fc.double({ min: 1, max: 90 })), {
          maxLength: 3,
        }),
        (values, styles, rowHeights) => {
          const grid: TabGrid = {
            // rows never written are holes (undefined) in both arrays
            values: values.map((row) => row && [...row]) as TabGrid['values'],
            styles: styles.map((row) => row && [...row]) as TabGrid['styles'],
            notes: [],
          };
          const tab = {
            name: 'T',
            frozenRows: 0,
            rowHeights: rowHeights.map(([row, height]) => ({ row, height })),
          };
          const heights = new Map<number, number>();
          for (const { row, height } of tab.rowHeights) if (height > 0) heights.set(row, height);
          expect(sheetData(sheetXml(tab, grid, {}))).toBe(referenceRows(grid, heights));
        },
      ),
      { numRuns: 400, seed: 11 },
    );
  });

  test('integers are written as String writes them, however large', () => {
    for (const n of [0, 7, 10, 99, 100, 65_536, 2 ** 31, 2 ** 53 - 1, 9_007_199_254_740_991]) {
      const out = new XmlOut();
      out.int(n);
      expect(Buffer.from(out.result()).toString('latin1')).toBe(String(n));
    }
  });

  test('a buffer grows past its first size and keeps what was written', () => {
    const out = new XmlOut();
    const line = 'é'.repeat(100_000);
    for (let i = 0; i < 12; i++) out.text(line);
    expect(Buffer.from(out.result()).toString('utf8')).toBe(line.repeat(12));
  });
});
