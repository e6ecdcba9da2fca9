import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildObservatory, type Observatory } from '../../scripts/example/build-observatory.ts';
import { observatoryXlsx } from '../../scripts/example/write-observatory.ts';
import { readXlsx } from '../../src/adapters/xlsx/index.ts';
import type { CellValue } from '../../src/core/contract/workbook.ts';

const XLSX = 'examples/observatory.xlsx';
let built: Observatory;
beforeAll(() => {
  built = buildObservatory('data');
});

/** Cells as a reader sees them: '' and null are both empty; trailing empty cells and rows dropped. */
const normalise = (rows: readonly (readonly unknown[])[]) => {
  const cells = rows.map((r) => {
    const row = r.map((c) => (c === '' || c === undefined ? null : c) as CellValue);
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    return row;
  });
  while (cells.length > 0 && cells[cells.length - 1]!.length === 0) cells.pop();
  return cells;
};

describe('example observatory as .xlsx', () => {
  test('the committed workbook is byte for byte a fresh build', async () => {
    const fresh = await observatoryXlsx(built);
    expect(Buffer.compare(Buffer.from(fresh), readFileSync(XLSX))).toBe(0);
  });

  test('reading the committed workbook gives back every tab and cell the builder made', async () => {
    const read = await readXlsx(new Uint8Array(readFileSync(XLSX)), XLSX, { tabs: 'all' });
    if (!read.ok) throw new Error(read.issues[0]!.message);
    expect(Object.keys(read.workbook.tabs)).toEqual(Object.keys(built.workbook.tabs));
    for (const [name, rows] of Object.entries(built.workbook.tabs)) {
      expect(normalise(read.workbook.tabs[name] ?? []), name).toEqual(normalise(rows));
    }
  });
});
