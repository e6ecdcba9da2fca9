import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  ABSENT,
  cellAttrs,
  cellRef,
  decimal,
  found,
  plainCellTag,
  refRow,
  SLOW,
} from '../../src/adapters/xlsx/cell-bytes.ts';
import { parseRef } from '../../src/adapters/xlsx/sheet-cells.ts';
import { tagEnd, text } from '../../src/adapters/xlsx/xml-bytes.ts';
import { attr, XmlRefused } from '../../src/adapters/xlsx/xml-scan.ts';
import { readSheetInPieces } from './support/read-sheet-in-pieces.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

const CELLS = [
  (r: number) => `<c r="A${r}"><v>${r * 1.5}</v></c>`,
  (r: number) => `<c r="B${r}" t="inlineStr"><is><t>MEX-USA é 😀 ${r % 3}</t></is></c>`,
  (r: number) => `<c r="C${r}" t="s"><v>${(r + 2) % 3}</v></c>`,
  (r: number) => `<c r="D${r}" t="str"><f>A1</f><v><![CDATA[a<b & c]]></v></c>`,
  (r: number) => `<c r="E${r}"><v> 1e3 </v></c><c r="F${r}" s="1"><v>43891</v></c>`,
  (r: number) => `<!-- <c r="Z${r}"><v>1</v></c> --><c r="G${r}" t='b'><v>1</v></c>`,
  (r: number) => `<x:c r = "H${r}" t="inlineStr"><x:is><x:t>a &amp; b _x000D_</x:t></x:is></x:c>`,
  (r: number) =>
    `<c r="I${r}" t="inlineStr"><is><r><t>ri</t></r><r><t>ch</t></r><rPh><t>x</t></rPh></is></c>`,
  (r: number) => `<c t="e"><v>#N/A</v></c><c><v>0x10</v></c><c r="L${r}"/><c r="M${r}"><v></v></c>`,
  (r: number) => `<c r="N${r}" t="d"><v>2020-01-02T00:00:00Z</v></c><c r="O${r}"><v>-0.25</v></c>`,
  (r: number) =>
    `\n  <c r="A${r}">\n<v>2</v></c>\n  <c r="B${r}"><v>3</v>\n</c><c/><c r="D${r}" t="inlineStr"/>\n`,
];

const sheet = (picks: number[]) =>
  `<?xml version="1.0"?><worksheet xmlns:x="urn:x"><dimension ref="A1:O99"/><sheetData>${picks
    .map((p, i) => `<row r="${i + 1}">${CELLS[p % CELLS.length]!(i + 1)}</row>`)
    .join('')}</sheetData><mergeCells><mergeCell ref="A1:B2"/></mergeCells></worksheet>`;

describe('the byte-level sheet reader', () => {
  test('a sheet reads the same whatever the chunk boundaries fall on', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 1, maxLength: 24 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        (picks, cuts) => {
          const xml = utf8(sheet(picks));
          expect(
            readSheetInPieces(
              xml,
              cuts.map((c) => c % xml.length),
            ),
          ).toEqual(readSheetInPieces(xml));
        },
      ),
      { numRuns: 300, seed: 9 },
    );
  });

  test('cells read as the user sees them, from every shape of cell tag', () => {
    const rows = readSheetInPieces(sheet([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]), [7, 300, 301, 302]);
    expect(rows[0]![0]).toBe(1.5);
    expect(rows[1]![1]).toBeNull(); // in the merged range A1:B2, only A1 keeps its value
    expect(rows[2]![2]).toBe('0x10');
    expect(rows[3]![3]).toBe('a<b & c');
    expect(rows[4]!.slice(4, 6)).toEqual([1000, '2020-03-01']);
    expect(rows[5]![6]).toBe(true);
    expect(rows[6]![7]).toBe('a & b \r');
    expect(rows[7]![8]).toBe('rich');
    expect(rows[8]!.slice(0, 2)).toEqual(['#N/A', 16]);
    expect(rows[9]!.slice(13, 15)).toEqual(['2020-01-02', -0.25]);
  });

  test('bytes that are not UTF-8 are refused, even when a character is cut between chunks', () => {
    const good = utf8(
      '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>é😀</t></is></c></row></sheetData></worksheet>',
    );
    for (let cut = 1; cut < good.length; cut++)
      expect(readSheetInPieces(good, [cut])[0]![0]).toBe('é😀');
    const bad = good.slice();
    bad[bad.indexOf(0xc3)] = 0xe9;
    for (const cut of [0, bad.indexOf(0xe9), bad.indexOf(0xe9) + 1])
      expect(() => readSheetInPieces(bad, [cut])).toThrow(/not valid for encoding utf-8/);
  });

  test('a single tag or text longer than the token limit is refused however it is cut', () => {
    const long = `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${'x'.repeat(2 * 1024 * 1024)}</t></is></c></row></sheetData></worksheet>`;
    expect(() => readSheetInPieces(long)).toThrow(XmlRefused);
    expect(() => readSheetInPieces(long, [100, 600_000, 1_500_000])).toThrow(
      /over 1,048,576 characters/,
    );
  });

  test('a DOCTYPE is refused even when cut right after its first bytes', () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "e">]><worksheet/>';
    for (const cut of [22, 23, 24, 25])
      expect(() => readSheetInPieces(xml, [cut])).toThrow(/declares a DOCTYPE/);
  });
});

describe('byte fast paths give what the string path gives', () => {
  const attrText = fc
    .array(
      fc.constantFrom(
        ' ',
        ' r="A1"',
        ' t="s"',
        ' s="12"',
        'r',
        't',
        's',
        '=',
        '"',
        "'",
        '&amp;',
        'x',
        '1',
        '  ',
      ),
      {
        maxLength: 10,
      },
    )
    .map((parts) => parts.join(''));

  test('the r, t and s of any attribute text', () => {
    fc.assert(
      fc.property(attrText, (attrs) => {
        const b = utf8(attrs);
        cellAttrs(b, 0, b.length);
        const read = (start: number, end: number, name: string) =>
          start === ABSENT ? undefined : start === SLOW ? attr(attrs, name) : text(b, start, end);
        expect(read(found.r, found.rEnd, 'r')).toBe(attr(attrs, 'r'));
        expect(read(found.t, found.tEnd, 't')).toBe(attr(attrs, 't'));
        expect(read(found.s, found.sEnd, 's')).toBe(attr(attrs, 's'));
      }),
      { numRuns: 2000, seed: 3 },
    );
  });

  test('a plain cell tag ends where the scanner ends it, with the attributes cellAttrs reads', () => {
    fc.assert(
      fc.property(attrText, fc.constantFrom('>', '/>', ' >', '"'), (attrs, close) => {
        const b = utf8(`<c${attrs}${close}<v>1</v>`);
        const gt = plainCellTag(b, 2);
        if (gt < 0) return;
        expect(gt).toBe(tagEnd(b, 1, b.length));
        const seen = { ...found };
        cellAttrs(b, 2, b[gt - 1] === 47 ? gt - 1 : gt);
        expect(seen).toEqual({ ...found });
      }),
      { numRuns: 2000, seed: 6 },
    );
  });

  test('plain decimals are exactly Number of their text', () => {
    const numeral = fc
      .array(fc.constantFrom('0', '1', '5', '9', '.', '-', 'e', '+', ' '), { maxLength: 24 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof(numeral, fc.double().map(String), fc.integer().map(String)), (s) => {
        const n = decimal(utf8(s), 0, s.length);
        if (!Number.isNaN(n)) expect(Object.is(n, Number(s))).toBe(true);
      }),
      { numRuns: 5000, seed: 4 },
    );
  });

  test('cell references are what parseRef reads, or left to it', () => {
    const ref = fc
      .array(fc.constantFrom('A', 'z', 'X', 'F', 'D', '0', '1', '9', ' ', '.', 'é'), {
        maxLength: 20,
      })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(ref, (s) => {
        const b = utf8(s);
        const column = cellRef(b, 0, b.length);
        if (column > 0) expect(parseRef(s)).toEqual({ column, row: refRow });
      }),
      { numRuns: 3000, seed: 5 },
    );
  });
});
