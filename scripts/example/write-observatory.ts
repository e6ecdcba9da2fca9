/**
 * Writes the observatory as a folder of CSV tabs (file name = tab name) and
 * as one .xlsx with the template's drop-downs and a fixed document date.
 * @module
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeXlsx } from '../../src/adapters/xlsx/index.ts';
import { toCsv } from '../../src/core/contract/csv.ts';
import type { Workbook } from '../../src/core/contract/workbook.ts';
import type { Observatory } from './build-observatory.ts';
import { GENERATED_AT } from './build-observatory.ts';
import { fixZipDates } from './zip-dates.ts';

/** Tab name -> CSV text, exactly as written to the folder. */
export function observatoryCsvs(workbook: Workbook): Map<string, string> {
  return new Map(Object.entries(workbook.tabs).map(([name, rows]) => [`${name}.csv`, toCsv(rows)]));
}

/** The .xlsx bytes, with the template's drop-downs and every date fixed. */
export async function observatoryXlsx(o: Observatory): Promise<Uint8Array> {
  const date = new Date(GENERATED_AT);
  return fixZipDates(
    await writeXlsx(o.workbook, { layout: o.layout, patches: o.patches, date }),
    date,
  );
}

export async function writeObservatory(o: Observatory, folder: string, xlsxPath: string) {
  mkdirSync(folder, { recursive: true });
  for (const old of readdirSync(folder)) if (old.endsWith('.csv')) rmSync(join(folder, old));
  for (const [file, text] of observatoryCsvs(o.workbook)) writeFileSync(join(folder, file), text);
  writeFileSync(xlsxPath, await observatoryXlsx(o));
}
