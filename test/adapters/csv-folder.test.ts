import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { csvCell, readCsvFolder } from '../../src/adapters/fs/csv-folder.ts';
import { decodeUtf8 } from '../../src/adapters/fs/decode-utf8.ts';
import { useTmpDir } from '../support/tmp-dir.ts';

describe('CSV tabs are read as UTF-8, strictly', () => {
  const tmp = useTmpDir();

  test('a UTF-8 file with a byte-order mark reads without the mark', async () => {
    const dir = await tmp();
    await writeFile(
      join(dir, 'Corridors.csv'),
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from('corridor_id,origin\r\nMEX-USA,México\r\n'),
      ]),
    );
    const read = await readCsvFolder(dir);
    expect(read.ok && read.workbook.tabs.Corridors).toEqual([
      ['corridor_id', 'origin'],
      ['MEX-USA', 'México'],
    ]);
  });

  test('a Windows-1252 file is an error naming the file and line and saying to save as UTF-8', async () => {
    const dir = await tmp();
    await writeFile(
      join(dir, 'Corridors.csv'),
      Buffer.from('corridor_id,origin\r\nMEX-USA,M\xe9xico\r\n', 'latin1'),
    );
    const read = await readCsvFolder(dir);
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.issues[0]!.message).toMatch(
        /Corridors\.csv line 2 is not valid UTF-8 .*Windows-1252; save it as UTF-8/,
      );
  });

  test('folders and hidden files beside the tabs are not read as tabs', async () => {
    const dir = await tmp();
    await mkdir(join(dir, 'sub.csv'));
    await writeFile(join(dir, '.lock.csv'), 'x');
    await writeFile(join(dir, 'Method.csv'), 'key,value\r\n');
    const read = await readCsvFolder(dir);
    expect(read.ok && Object.keys(read.workbook.tabs)).toEqual(['Method']);
  });

  test('a truncated multi-byte character at the end of a file is an error too', () => {
    const bytes = new Uint8Array([0x61, 0x0a, 0x62, 0xc3]);
    const decoded = decodeUtf8(bytes, 'x.csv');
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.issues[0]!.message).toMatch(/x\.csv line 2/);
  });
});

describe('only plain decimal numerals in a CSV cell become numbers', () => {
  const cases: [string, unknown][] = [
    ['12.5', 12.5],
    ['-3', -3],
    ['1e6', 1e6],
    ['0x10', '0x10'],
    ['1,234', '1,234'],
    ['1.234,5', '1.234,5'],
    ['n/a', 'n/a'],
    ['Infinity', 'Infinity'],
    ['', null],
  ];
  for (const [text, value] of cases) {
    test(`"${text}" reads as ${JSON.stringify(value)}`, () => expect(csvCell(text)).toBe(value));
  }
});
