/**
 * Workbooks for the add-on tests: the bundled 10-corridor example, typed
 * into the fake spreadsheet as a team would have it in Google Sheets.
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsx } from '../../../src/adapters/xlsx/index.ts';
import type { Workbook } from '../../../src/core/contract/workbook.ts';
import type { FakeSpreadsheet } from './fake-spreadsheet.ts';

export async function loadExample(root: string): Promise<Workbook> {
  const read = await readXlsx(
    readFileSync(join(root, 'examples/observatory.xlsx')),
    'observatory.xlsx',
    { tabs: 'all' },
  );
  if (!read.ok) throw new Error(read.issues[0]!.message);
  return read.workbook;
}

/** Puts every tab of `workbook` into the spreadsheet and drops its blank first tab. */
export function seedWorkbook(spreadsheet: FakeSpreadsheet, workbook: Workbook): void {
  const blank = spreadsheet.getSheetByName('Sheet1');
  for (const [name, rows] of Object.entries(workbook.tabs)) spreadsheet.seedTab(name, rows);
  if (blank && blank.getLastRow() === 0) spreadsheet.deleteSheet(blank);
  spreadsheet.setActiveSheet(spreadsheet.sheets[0]!);
  spreadsheet.writes.length = 0;
}

/** 1-based column of a header in row 1 of a tab. */
export function columnOf(workbook: Workbook, tab: string, header: string): number {
  const at = (workbook.tabs[tab]?.[0] ?? []).indexOf(header);
  if (at < 0) throw new Error(`${tab} has no column ${header}`);
  return at + 1;
}
