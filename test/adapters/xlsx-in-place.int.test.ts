import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { readXlsx } from '../../src/adapters/xlsx/index.ts';
import { runCli } from '../support/run-cli.ts';
import { mustRun } from '../support/system-tool.ts';
import { useTmpDir } from '../support/tmp-dir.ts';
import { libreOfficeBook, soffice } from './libreoffice-book.ts';

/** The parts that list the tabs and styles: the only input parts an in-place write may edit. */
const LISTS = new Set([
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  '[Content_Types].xml',
  'xl/styles.xml',
]);
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes ?? new Uint8Array());

describe.runIf(mustRun('soffice'))(
  'assess --in-place on a workbook saved by LibreOffice Calc',
  () => {
    const tmp = useTmpDir();

    test('keeps every input part byte for byte, and the result opens in LibreOffice with the chart still there', async () => {
      const dir = await tmp();
      const book = await libreOfficeBook(dir);
      const before = unzipSync(new Uint8Array(await readFile(book)));
      expect(Object.keys(before)).toContain('xl/charts/chart1.xml');

      for (let run = 0; run < 2; run++) {
        const result = await runCli([
          'assess',
          book,
          '--in-place',
          '--now',
          '2026-01-01T00:00:00Z',
          '-q',
        ]);
        expect(result.code, result.stderr).toBe(1); // the small book has validation errors: only Validation is written
      }
      const after = unzipSync(new Uint8Array(await readFile(book)));
      for (const [part, bytes] of Object.entries(before)) {
        expect(after[part], part).toBeDefined();
        if (!LISTS.has(part))
          expect(Buffer.compare(Buffer.from(after[part]!), Buffer.from(bytes)), part).toBe(0);
      }
      // the lists keep what they listed: the tabs with their states, the defined name, every content type
      const workbook = text(after['xl/workbook.xml']);
      for (const tag of text(before['xl/workbook.xml']).match(
        /<sheet [^>]*>|<definedName[^>]*>[^<]*/g,
      ) ?? [])
        expect(workbook).toContain(tag);
      const types = text(after['[Content_Types].xml']);
      for (const tag of text(before['[Content_Types].xml']).match(/<(Override|Default) [^>]*>/g) ??
        [])
        expect(types).toContain(tag);

      const read = await readXlsx(new Uint8Array(await readFile(book)), book, { tabs: 'all' });
      if (!read.ok) throw new Error(read.issues[0]!.message);
      expect(Object.keys(read.workbook.tabs)).toEqual([
        'Corridors',
        'Secret',
        'Validation',
        '_corridor_monitor',
      ]);
      expect(read.sheets.map((s) => s.state)).toEqual([
        'visible',
        'hidden',
        'visible',
        'veryHidden',
      ]);

      await soffice(dir, 'ods', book);
      const ods = unzipSync(new Uint8Array(await readFile(join(dir, 'book.ods'))));
      expect(Object.keys(ods).some((p) => p.startsWith('Object 1/'))).toBe(true);
      const content = text(ods['content.xml']);
      expect(content).toContain('my comment');
      expect(content).toContain('table:name="Validation"');
    });
  },
);
