import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { csvChunks, writeCsvTabs } from '../../src/adapters/fs/csv-folder.ts';
import { toCsv } from '../../src/core/contract/csv.ts';
import { useTmpDir } from '../support/tmp-dir.ts';

/** 20,000 rows: quoted commas, quotes, line breaks, formula-like text, numbers and empty cells. */
function awkwardRows(): unknown[][] {
  const rows: unknown[][] = [['corridor_id', 'note', 'value']];
  for (let i = 0; i < 20_000; i++) {
    const note = [`a, b ${i}`, `say "${i}"`, `two\nlines ${i}`, `=HYPERLINK("x${i}")`, '', ' pad '][
      i % 6
    ];
    rows.push([`C-${i}`, note, i % 7 === 0 ? null : i / 3]);
  }
  return rows;
}

describe('generated CSV tabs are written in chunks of rows', () => {
  const tmp = useTmpDir();

  test('the chunks join to exactly the text of the whole tab', () => {
    const rows = awkwardRows();
    const chunks = [...csvChunks(rows)];
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.join('')).toBe(toCsv(rows));
  });

  test('an empty tab is written as the same text as before', () => {
    expect([...csvChunks([])].join('')).toBe(toCsv([]));
  });

  test('a tab file written in chunks holds the bytes of the whole text', async () => {
    const dir = await tmp();
    const rows = awkwardRows();
    await writeCsvTabs(dir, { Audit: rows });
    expect(await readFile(join(dir, 'Audit.csv'), 'utf8')).toBe(toCsv(rows));
  });
});
