/**
 * Writes one Patch into one sheet: one setValues, formats and notes in
 * batch. Text cells get the plain-text number format ('@') before the values
 * go in, so a string like "=SUM(A1)" or "+1 555" stays text and never runs
 * as a formula or turns into a number or a date.
 * @module
 */
import { columnLetter, parseRange } from '../../../src/core/contract/a1.ts';
import type { CellFormat, Patch } from '../../../src/core/contract/patch.ts';
import type { CellValue } from '../../../src/core/contract/workbook.ts';
import { AddonError } from './addon-error.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Grows the sheet so that the range fits (a new sheet has 1000 rows and 26 columns). */
export function ensureSize(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/**
 * Cells of one number format as A1 runs down each column ("B2:B40"): text
 * columns are usually text all the way down, so this gives few ranges.
 */
function runsByFormat(
  formats: (string | null)[][],
  top: number,
  left: number,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const width = formats[0]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    let r = 0;
    while (r < formats.length) {
      const format = formats[r]![c] ?? null;
      let end = r;
      while (end + 1 < formats.length && (formats[end + 1]![c] ?? null) === format) end++;
      if (format) {
        const a = `${columnLetter(left + c)}${top + r}`;
        const b = `${columnLetter(left + c)}${top + end}`;
        const list = out.get(format) ?? [];
        list.push(a === b ? a : `${a}:${b}`);
        out.set(format, list);
      }
      r = end + 1;
    }
  }
  return out;
}

function grid<T>(
  formats: (CellFormat | null)[][],
  height: number,
  width: number,
  pick: (f: CellFormat) => T | undefined,
  fallback: T,
): T[][] | null {
  let any = false;
  const out: T[][] = [];
  for (let r = 0; r < height; r++) {
    const row: T[] = [];
    for (let c = 0; c < width; c++) {
      const f = formats[r]?.[c];
      const v = f ? pick(f) : undefined;
      if (v !== undefined) any = true;
      row.push(v === undefined ? fallback : v);
    }
    out.push(row);
  }
  return any ? out : null;
}

function applyFormats(
  range: Range,
  formats: (CellFormat | null)[][],
  height: number,
  width: number,
): void {
  const backgrounds = grid<string | null>(formats, height, width, (f) => f.background, null);
  if (backgrounds) range.setBackgrounds(backgrounds as string[][]);
  const weights = grid<'bold' | 'normal' | null>(
    formats,
    height,
    width,
    (f) => (f.bold === undefined ? undefined : f.bold ? 'bold' : 'normal'),
    null,
  );
  if (weights) range.setFontWeights(weights);
  const styles = grid<'italic' | 'normal' | null>(
    formats,
    height,
    width,
    (f) => (f.italic === undefined ? undefined : f.italic ? 'italic' : 'normal'),
    null,
  );
  if (styles) range.setFontStyles(styles);
  const colours = grid<string | null>(formats, height, width, (f) => f.color, null);
  if (colours) range.setFontColors(colours as string[][]);
  const wraps = grid<boolean>(formats, height, width, (f) => f.wrap, false);
  if (wraps) range.setWraps(wraps);
  const aligns = grid<'left' | 'center' | 'right' | null>(
    formats,
    height,
    width,
    (f) => f.align,
    null,
  );
  if (aligns) range.setHorizontalAlignments(aligns);
}

/** Applies a patch to `sheet` (the tab the patch names, possibly under a temporary name). */
export function applyPatch(sheet: Sheet, patch: Patch): void {
  const corners = parseRange(patch.range);
  if (!corners)
    throw new AddonError(
      `The API sent a patch for ${patch.tab} with an unreadable range "${patch.range}".`,
    );
  const { start, end } = corners;
  const height = end.row - start.row + 1;
  const width = end.column - start.column + 1;
  if (patch.values.length !== height) {
    throw new AddonError(
      `The API sent ${patch.values.length} rows for ${patch.tab}!${patch.range}, which has ${height}.`,
    );
  }
  ensureSize(sheet, end.row, end.column);
  const values: CellValue[][] = patch.values.map((row) => {
    const out = row.slice(0, width).map((v) => (v === null || v === undefined ? '' : v));
    while (out.length < width) out.push('');
    return out;
  });
  const numberFormats = values.map((row, r) =>
    row.map((v, c) =>
      typeof v === 'string' && v !== '' ? '@' : (patch.formats?.[r]?.[c]?.numberFormat ?? null),
    ),
  );
  for (const [format, cells] of runsByFormat(numberFormats, start.row, start.column)) {
    sheet.getRangeList(cells).setNumberFormat(format);
  }
  const range = sheet.getRange(start.row, start.column, height, width);
  range.setValues(values);
  if (patch.formats) applyFormats(range, patch.formats, height, width);
  if (patch.notes?.some((row) => row.some((n) => n))) {
    range.setNotes(values.map((row, r) => row.map((_, c) => patch.notes?.[r]?.[c] ?? '')));
  }
}
