import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readTable } from '../../scripts/example/table.ts';

const SHARED = '../shared/data';
const csvs = readdirSync('data').filter((f) => f.endsWith('.csv'));

describe('data/ extracts', () => {
  test.skipIf(!existsSync(SHARED))(
    'every row of data/ is a row of the shared extract, unchanged',
    () => {
      for (const file of csvs) {
        const mine = readTable('data', file);
        const shared = readTable(SHARED, file);
        expect(mine.header, file).toEqual(shared.header);
        const rows = new Set(shared.rows.map((r) => JSON.stringify(r)));
        const foreign = mine.rows.filter((r) => !rows.has(JSON.stringify(r)));
        expect(foreign, file).toEqual([]);
      }
    },
  );

  test('PROVENANCE.md names every extract in data/', () => {
    const provenance = readFileSync('data/PROVENANCE.md', 'utf8');
    for (const file of csvs) expect(provenance, file).toContain(`\`${file}\``);
  });
});
