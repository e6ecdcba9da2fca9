/**
 * A workbook as a folder of CSV tabs (`<tab name>.csv`), for teams that keep
 * tabs under version control or export from another tool.
 * @module
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCsv, toCsv } from '../../core/contract/csv.ts';
import type { CellValue, Workbook } from '../../core/contract/workbook.ts';

const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** CSV has no types: numeric text becomes a number and empty text null, as a spreadsheet would read it. */
export function csvCell(text: string): CellValue {
  if (text === '') return null;
  return NUMBER.test(text.trim()) ? Number(text) : text;
}

export async function readCsvFolder(dir: string): Promise<Workbook> {
  const files = (await readdir(dir)).filter((f) => f.toLowerCase().endsWith('.csv')).sort();
  const tabs: Workbook['tabs'] = {};
  for (const file of files) {
    const text = await readFile(join(dir, file), 'utf8');
    tabs[file.slice(0, -4)] = parseCsv(text).map((row) => row.map(csvCell));
  }
  return { tabs };
}

/** Writes every tab as `<tab>.csv` into a fresh folder, then swaps it in place of `dir`. */
export async function writeCsvFolder(dir: string, workbook: Workbook): Promise<void> {
  const staging = `${dir}.tmp-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  for (const [name, rows] of Object.entries(workbook.tabs)) {
    await writeFile(join(staging, `${name}.csv`), toCsv(rows));
  }
  const old = `${dir}.old-${process.pid}`;
  await rename(dir, old).catch(() => undefined);
  await rename(staging, dir);
  await rm(old, { recursive: true, force: true });
}
