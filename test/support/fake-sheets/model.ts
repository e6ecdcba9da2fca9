/**
 * The fake server's in-memory spreadsheets, held in the Sheets API's own shapes.
 * @module
 */
import type { sheets_v4 } from '@googleapis/sheets';

export type CellData = sheets_v4.Schema$CellData;

export interface FakeSheet {
  properties: sheets_v4.Schema$SheetProperties & { sheetId: number; title: string };
  /** Row-major, sparse. */
  cells: (CellData | undefined)[][];
  developerMetadata: sheets_v4.Schema$DeveloperMetadata[];
  conditionalFormats: sheets_v4.Schema$ConditionalFormatRule[];
  charts: sheets_v4.Schema$EmbeddedChart[];
  protectedRanges: sheets_v4.Schema$ProtectedRange[];
  columnWidths: Record<number, number>;
}

export interface FakeSpreadsheet {
  spreadsheetId: string;
  title: string;
  sheets: FakeSheet[];
  developerMetadata: sheets_v4.Schema$DeveloperMetadata[];
  nextId: number;
}

/** Test-friendly cell input: a plain value becomes a typed userEnteredValue. */
export type PlainValue = string | number | boolean | null | undefined;

export function toCell(value: PlainValue): CellData | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'number') return { userEnteredValue: { numberValue: value } };
  if (typeof value === 'boolean') return { userEnteredValue: { boolValue: value } };
  return { userEnteredValue: { stringValue: value } };
}

export function newSheet(
  sheetId: number,
  title: string,
  index: number,
  rows: PlainValue[][] = [],
): FakeSheet {
  const width = Math.max(26, ...rows.map((r) => r.length));
  return {
    properties: {
      sheetId,
      title,
      index,
      sheetType: 'GRID',
      gridProperties: { rowCount: Math.max(1000, rows.length), columnCount: width },
    },
    cells: rows.map((r) => r.map(toCell)),
    developerMetadata: [],
    conditionalFormats: [],
    charts: [],
    protectedRanges: [],
    columnWidths: {},
  };
}

/** Builds a spreadsheet from tab name -> rows of plain values. */
export function newSpreadsheet(
  spreadsheetId: string,
  tabs: Record<string, PlainValue[][]>,
  title = spreadsheetId,
): FakeSpreadsheet {
  const sheets = Object.entries(tabs).map(([name, rows], i) =>
    newSheet(i === 0 ? 0 : 1000 + i, name, i, rows),
  );
  return { spreadsheetId, title, sheets, developerMetadata: [], nextId: 5000 };
}

/** The plain value a user sees in a cell (formats ignored). */
export function plainValue(cell: CellData | undefined): PlainValue {
  const v = cell?.userEnteredValue;
  if (!v) return null;
  return v.stringValue ?? v.numberValue ?? v.boolValue ?? (v.formulaValue ? v.formulaValue : null);
}

/** The grid of a tab as plain values, trailing empties trimmed. */
export function plainRows(sheet: FakeSheet): PlainValue[][] {
  const rows = sheet.cells.map((r) => {
    const vals = (r ?? []).map(plainValue);
    while (vals.length > 0 && vals[vals.length - 1] === null) vals.pop();
    return vals;
  });
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}
