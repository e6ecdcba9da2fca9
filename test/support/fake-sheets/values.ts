/**
 * values.batchGet on the fake: A1 ranges in, unformatted values out.
 * @module
 */
import type { sheets_v4 } from '@googleapis/sheets';
import { columnLetter, parseRange, quoteTab } from '../../../src/core/contract/a1.ts';
import type { FakeSheet, FakeSpreadsheet } from './model.ts';

export class RangeError400 extends Error {}

/** `'Data availability'!A1:B3` -> the tab's name and the A1 part (empty = whole tab). */
function splitRange(range: string): { tab?: string; a1: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.*)$/.exec(range);
  if (m) return { tab: (m[1]?.replace(/''/g, "'") ?? m[2])!, a1: m[3] ?? '' };
  const quoted = /^'((?:[^']|'')+)'$/.exec(range);
  if (quoted) return { tab: quoted[1]!.replace(/''/g, "'"), a1: '' };
  return { a1: range };
}

function unformatted(cell: sheets_v4.Schema$CellData | undefined): unknown {
  const v = cell?.userEnteredValue;
  return v?.numberValue ?? v?.boolValue ?? v?.stringValue ?? '';
}

/** One ValueRange per requested range, trailing empty cells and rows trimmed as the API does. */
export function readRange(ss: FakeSpreadsheet, range: string): sheets_v4.Schema$ValueRange {
  const { tab, a1 } = splitRange(range);
  let sheet: FakeSheet | undefined;
  if (tab === undefined) sheet = ss.sheets.find((s) => s.properties.title === a1) ?? ss.sheets[0];
  else sheet = ss.sheets.find((s) => s.properties.title === tab);
  const wholeTab = tab === undefined ? sheet?.properties.title === a1 : a1 === '';
  const grid = sheet?.properties.gridProperties;
  const bounds = wholeTab ? undefined : parseRange(a1);
  if (!sheet || !grid || (!wholeTab && !bounds))
    throw new RangeError400(`Unable to parse range: ${range}`);
  const top = (bounds?.start.row ?? 1) - 1;
  const left = (bounds?.start.column ?? 1) - 1;
  const bottom = Math.min(bounds?.end.row ?? grid.rowCount ?? 0, grid.rowCount ?? 0);
  const right = Math.min(bounds?.end.column ?? grid.columnCount ?? 0, grid.columnCount ?? 0);
  const values: unknown[][] = [];
  for (let r = top; r < bottom; r++) {
    const row: unknown[] = [];
    for (let c = left; c < right; c++) row.push(unformatted(sheet.cells[r]?.[c]));
    while (row.length > 0 && row[row.length - 1] === '') row.pop();
    values.push(row);
  }
  while (values.length > 0 && values[values.length - 1]!.length === 0) values.pop();
  const out: sheets_v4.Schema$ValueRange = {
    range: `${quoteTab(sheet.properties.title)}!${columnLetter(left + 1)}${top + 1}:${columnLetter(right)}${bottom}`,
    majorDimension: 'ROWS',
  };
  if (values.length > 0) out.values = values;
  return out;
}
