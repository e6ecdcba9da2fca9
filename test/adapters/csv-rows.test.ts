import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { csvCell } from '../../src/adapters/fs/csv-folder.ts';
import { csvRows } from '../../src/adapters/fs/csv-rows.ts';
import { parseCsv } from '../../src/core/contract/csv.ts';

const csvText = fc
  .array(
    fc.constantFrom(
      ',',
      ';',
      '\t',
      '\n',
      '\r\n',
      '"',
      '""',
      'MEX-USA',
      '1995',
      '-3.5',
      '1,234',
      '0x10',
      ' 12 ',
      'é',
      '\ufeff',
      '=1+1',
      '',
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('CSV tabs read row by row', () => {
  test('give the rows parseCsv gives, cell for cell', () => {
    fc.assert(
      fc.property(csvText, (text) => {
        expect(csvRows(text, csvCell)).toEqual(parseCsv(text).map((row) => row.map(csvCell)));
      }),
      { numRuns: 3000, seed: 11 },
    );
  });

  test('drop trailing empty lines but keep empty lines between rows', () => {
    expect(csvRows('a,1\n\n,\nb,2\n\n,\n', csvCell)).toEqual([
      ['a', 1],
      [null],
      [null, null],
      ['b', 2],
    ]);
  });

  test('read a repeated text the same in every row, numbers as numbers', () => {
    const rows = csvRows('MEX-USA-LONG-CORRIDOR,1\nMEX-USA-LONG-CORRIDOR,2\n', csvCell);
    expect(rows.map((r) => r[0])).toEqual(['MEX-USA-LONG-CORRIDOR', 'MEX-USA-LONG-CORRIDOR']);
    expect(rows.map((r) => r[1])).toEqual([1, 2]);
  });
});
