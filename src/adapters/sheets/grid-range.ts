/**
 * A1 ranges of a generated tab as the API's zero-based, end-exclusive GridRanges.
 * @module
 */
import type { sheets_v4 } from '@googleapis/sheets';
import { parseRange } from '../../core/contract/a1.ts';

/** `A5:B14` (optionally `Tab!A5:B14`) on sheet 7 -> rows 4..14, columns 0..2; undefined when not a range. */
export function gridRange(sheetId: number, a1: string): sheets_v4.Schema$GridRange | undefined {
  const r = parseRange(a1.slice(a1.lastIndexOf('!') + 1));
  if (!r) return undefined;
  return {
    sheetId,
    startRowIndex: r.start.row - 1,
    endRowIndex: r.end.row,
    startColumnIndex: r.start.column - 1,
    endColumnIndex: r.end.column,
  };
}

/** Grows `extent` to cover `range`'s bottom-right corner (1-based). */
export function cover(
  extent: { rows: number; columns: number },
  a1: string,
  extraRows = 0,
  extraColumns = 0,
): void {
  const r = parseRange(a1.slice(a1.lastIndexOf('!') + 1));
  if (!r) return;
  extent.rows = Math.max(extent.rows, r.end.row + extraRows);
  extent.columns = Math.max(extent.columns, r.end.column + extraColumns);
}
