import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DEFAULT_LIMITS, type ReadLimits } from '../../src/adapters/xlsx/read-limits.ts';
import { readSheetInPieces } from './support/read-sheet-in-pieces.ts';

/** The rows read from `xml` cut at `cuts`, or the one line the read stopped with. */
function read(xml: string, cuts: number[], limits: ReadLimits): unknown {
  try {
    return readSheetInPieces(xml, cuts, limits);
  } catch (error) {
    return { stopped: (error as Error).message };
  }
}

const REFS = [
  'A',
  'B',
  'C',
  'K',
  'Z',
  'AA',
  'a',
  '1A',
  'A0',
  '',
  'AAAAA',
  'A1234567890123456',
  '"',
];
const TYPES = [
  undefined,
  's',
  'n',
  'inlineStr',
  'str',
  'b',
  'e',
  'd',
  '',
  'x',
  'inlineStx',
  '"',
  's"',
];
const STYLES = [undefined, '0', '1', '7', '', '12a', '0001', '"'];
const VALUES = ['1.5', '-0.25', '43891', '', '1e3', 'abc', '0', '2', '9999999999999999', '.5'];
const TEXTS = ['MEX-USA', '', 'a &amp; b', 'x_x000D_y', 'é😀', 'MEX-USA', '1.5'];

const cell = fc.record({
  ref: fc.constantFrom(...REFS),
  row: fc.constantFrom('same', 'next', 'none', 'far'),
  t: fc.constantFrom(...TYPES),
  s: fc.constantFrom(...STYLES),
  body: fc.oneof(
    fc.constant({ kind: 'empty' as const, text: '' }),
    fc.record({ kind: fc.constant('v' as const), text: fc.constantFrom(...VALUES) }),
    fc.record({ kind: fc.constant('is' as const), text: fc.constantFrom(...TEXTS) }),
  ),
});
type Cell = typeof cell extends fc.Arbitrary<infer T> ? T : never;

/** A cell tag written plainly, or with a doubled space that only the event path reads. */
function cellXml(c: Cell, row: number, plain: boolean): string {
  const sp = plain ? ' ' : '  ';
  const rowPart = c.row === 'same' ? row : c.row === 'next' ? row + 1 : c.row === 'far' ? 999 : '';
  const attrs = [
    c.ref || rowPart ? `${sp}r="${c.ref}${rowPart}"` : '',
    c.t === undefined ? '' : `${sp}t="${c.t}"`,
    c.s === undefined ? '' : `${sp}s="${c.s}"`,
  ].join('');
  if (c.body.kind === 'empty') return `<c${attrs}/>`;
  if (c.body.kind === 'v') return `<c${attrs}><v>${c.body.text}</v></c>`;
  return `<c${attrs}><is><t>${c.body.text}</t></is></c>`;
}

const sheet = (rows: Cell[][], plain: boolean) =>
  `<worksheet><sheetData>${rows
    .map(
      (cells, i) =>
        `<row r="${i + 1}">${cells.map((c) => cellXml(c, i + 1, plain)).join('')}</row>`,
    )
    .join('')}</sheetData></worksheet>`;

describe('the one-pass reader of usual cells', () => {
  test('reads every cell as the event path reads the same cell, limits and all', () => {
    const limits = { ...DEFAULT_LIMITS, rows: 500, spareColumns: 0, cells: 40 };
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 8 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (rows, cuts) => {
          const fast = sheet(rows, true);
          const slow = sheet(rows, false);
          const at = cuts.map((c) => c % fast.length);
          expect(read(fast, at, limits)).toEqual(read(slow, [], limits));
        },
      ),
      { numRuns: 1500, seed: 21 },
    );
  });

  test('a repeated text down a column reads as the text above it', () => {
    const rows = [0, 1, 2].map(() => [
      {
        ref: 'A',
        row: 'same',
        t: 'inlineStr',
        s: undefined,
        body: { kind: 'is', text: 'a &amp; b' },
      },
      {
        ref: 'B',
        row: 'same',
        t: 'inlineStr',
        s: undefined,
        body: { kind: 'is', text: 'MEX-USA' },
      },
    ]) as Cell[][];
    expect(read(sheet(rows, true), [], DEFAULT_LIMITS)).toEqual([
      ['a & b', 'MEX-USA'],
      ['a & b', 'MEX-USA'],
      ['a & b', 'MEX-USA'],
    ]);
  });
});
