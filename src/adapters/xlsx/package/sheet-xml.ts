/**
 * A generated tab as worksheet XML, written straight from the WriteBack's
 * patches: rows in order, strings inline (so the workbook's shared strings
 * stay untouched), formats as indexes into a small set of shared styles.
 * Linear in the cells written; no per-cell objects.
 * @module
 */
import { columnLetter, parseRange } from '../../../core/contract/a1.ts';
import {
  type CellFormat,
  type DataValidationRule,
  type GeneratedTab,
  type Patch,
  scaleColours,
} from '../../../core/contract/patch.ts';
import type { CellValue } from '../../../core/contract/workbook.ts';
import type { StyleBook } from './styles.ts';
import { markup, XmlOut } from './xml-out.ts';
import { argb, escapeXml } from './xml-text.ts';

/** A tab's cells laid out by row: values, style indexes and notes. */
export interface TabGrid {
  values: (CellValue | undefined)[][];
  styles: number[][];
  notes: { row: number; column: number; text: string }[];
}

export function gridOf(patches: readonly Patch[], styles: StyleBook): TabGrid {
  const grid: TabGrid = { values: [], styles: [], notes: [] };
  for (const patch of patches) {
    const range = parseRange(patch.range);
    if (!range) continue;
    placePatch(grid, range.start, patch.values, patch.formats, patch.notes, styles);
  }
  return grid;
}

/** A patch's rows into the grid, from its top-left cell `at`. */
function placePatch(
  grid: TabGrid,
  at: { row: number; column: number },
  values: Patch['values'],
  formats: Patch['formats'],
  notes: Patch['notes'],
  styles: StyleBook,
): void {
  for (let r = 0; r < values.length; r++)
    placeRow(grid, at.row + r - 1, at.column, values[r]!, formats?.[r], notes?.[r], styles);
}

/**
 * One row of a patch into the grid. (Its own function, apart from the patch's
 * fields: patches differ in shape, and a loop over them would be compiled again for each.)
 */
function placeRow(
  grid: TabGrid,
  row: number,
  left: number,
  cells: readonly (CellValue | undefined)[],
  formats: readonly (CellFormat | null)[] | undefined,
  notes: readonly (string | null)[] | undefined,
  styles: StyleBook,
): void {
  grid.values[row] ??= [];
  grid.styles[row] ??= [];
  const values = grid.values[row];
  const rowStyles = grid.styles[row];
  const width = Math.max(cells.length, formats?.length ?? 0, notes?.length ?? 0);
  for (let c = 0; c < width; c++) {
    const column = left + c - 1;
    const v = cells[c];
    if (v !== null && v !== undefined) values[column] = v;
    const f: CellFormat | null | undefined = formats?.[c];
    if (f) rowStyles[column] = styles.index(f);
    const note = notes?.[c];
    if (note) grid.notes.push({ row: row + 1, column: column + 1, text: note });
  }
}

/** Text that needs xml:space="preserve" to keep its spaces and line breaks. */
const SPACED = /^\s|\s$|\n/;
/** No regex needed: the text starts and ends with a printable ASCII character and holds no line break. */
const plainEnds = (text: string) => {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return first > 32 && first < 127 && last > 32 && last < 127 && !text.includes('\n');
};

// the quote that ends the `r` (or the `s`) leads the markup after it
const STYLE = markup('" s="');
const EMPTY_END = markup('"/>');
const VALUE = markup('"><v>');
const VALUE_END = markup('</v></c>');
const INLINE = markup('" t="inlineStr"><is><t>');
const INLINE_SPACED = markup('" t="inlineStr"><is><t xml:space="preserve">');
const INLINE_END = markup('</t></is></c>');
const BOOL = markup('" t="b"><v>');
const ROW = markup('<row r="');
const ROW_END = markup('</row>');

/** A number as String(n) writes it. */
function writeNumber(out: XmlOut, n: number): void {
  if (Number.isInteger(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER) {
    if (n < 0) {
      out.text('-');
      out.int(-n);
    } else out.int(n);
  } else out.text(String(n));
}

/** One cell's XML, for a cell with a value or a style; `head` is its `<c r="` and column letters, as bytes. */
function writeCell(
  out: XmlOut,
  head: Uint8Array,
  row: number,
  v: CellValue | undefined,
  s: number,
): void {
  out.bytes(head);
  out.int(row);
  if (s) {
    out.bytes(STYLE);
    writeNumber(out, s);
  }
  if (v === undefined || v === null || v === '') {
    out.bytes(EMPTY_END);
    return;
  }
  if (typeof v === 'number') {
    if (Number.isFinite(v)) {
      out.bytes(VALUE);
      writeNumber(out, v);
      out.bytes(VALUE_END);
    } else {
      out.bytes(INLINE);
      out.text(String(v));
      out.bytes(INLINE_END);
    }
    return;
  }
  if (typeof v === 'boolean') {
    out.bytes(BOOL);
    out.text(v ? '1' : '0');
    out.bytes(VALUE_END);
    return;
  }
  const text = escapeXml(String(v));
  out.bytes(plainEnds(text) || !SPACED.test(text) ? INLINE : INLINE_SPACED);
  out.text(text);
  out.bytes(INLINE_END);
}

/** The widest of `rows`. */
function widest(rows: readonly (readonly unknown[] | undefined)[]): number {
  let width = 0;
  for (const row of rows) if (row) width = Math.max(width, row.length);
  return width;
}

/**
 * The rows of the sheet data, up to `lastRow`; a row with neither cells nor a
 * height is not written. (Its own function, apart from the tab's fields: tabs
 * differ in shape, and a loop among them would be compiled again for each.)
 */
function writeRows(
  out: XmlOut,
  grid: TabGrid,
  heads: readonly Uint8Array[],
  heights: ReadonlyMap<number, number>,
  lastRow: number,
): void {
  for (let r = 0; r < lastRow; r++) {
    const values = grid.values[r];
    const styles = grid.styles[r];
    const ht = heights.get(r + 1);
    if (!values && !styles && ht === undefined) continue;
    const n = Math.max(values?.length ?? 0, styles?.length ?? 0);
    const start = out.mark();
    out.bytes(ROW);
    out.int(r + 1);
    out.text(ht === undefined ? '">' : `" ht="${ht}" customHeight="1">`);
    const head = out.mark();
    for (let c = 0; c < n; c++) {
      const v = values?.[c];
      const s = styles?.[c] ?? 0;
      if (s || (v !== undefined && v !== null && v !== '')) writeCell(out, heads[c]!, r + 1, v, s);
    }
    if (out.mark() === head && ht === undefined) out.rewind(start);
    else out.bytes(ROW_END);
  }
}

function validationXml(rule: DataValidationRule): string {
  const head = `allowBlank="1" showErrorMessage="1" errorStyle="${rule.strict === false ? 'warning' : 'stop'}"${rule.message ? ` errorTitle="Corridor Monitor" error="${escapeXml(rule.message)}"` : ''} sqref="${rule.range}"`;
  if (rule.kind === 'list') {
    const inline = rule.values ? `"${rule.values.join(',')}"` : undefined;
    const formula = inline && inline.length <= 255 ? inline : rule.sourceRange;
    return formula
      ? `<dataValidation type="list" ${head}><formula1>${escapeXml(formula)}</formula1></dataValidation>`
      : '';
  }
  return `<dataValidation type="${rule.kind}" operator="between" ${head}><formula1>${rule.min ?? -1e15}</formula1><formula2>${rule.max ?? 1e15}</formula2></dataValidation>`;
}

/** The parts a sheet links to, by relationship id. */
export interface SheetLinks {
  drawing?: string;
  legacyDrawing?: string;
}

export function sheetXml(tab: GeneratedTab, grid: TabGrid, links: SheetLinks): Uint8Array {
  const out = new XmlOut();
  out.text(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
  );
  if (tab.tabColour) out.text(`<sheetPr><tabColor rgb="${argb(tab.tabColour)}"/></sheetPr>`);
  const width = Math.max(widest(grid.values), widest(grid.styles));
  const height = Math.max(grid.values.length, grid.styles.length);
  out.text(
    `<dimension ref="A1${height && width ? `:${columnLetter(Math.max(1, width))}${Math.max(1, height)}` : ''}"/>`,
  );
  const pane =
    tab.frozenRows > 0
      ? `<pane ySplit="${tab.frozenRows}" topLeftCell="A${tab.frozenRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${tab.frozenRows + 1}" sqref="A${tab.frozenRows + 1}"/>`
      : '';
  out.text(
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>`,
  );
  const widths = tab.columnWidths ?? [];
  if (widths.length)
    out.text(
      `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`,
    );
  out.text('<sheetData>');
  // each column's `<c r="A`, as bytes
  const heads: Uint8Array[] = [];
  for (let c = 0; c < width; c++) heads.push(markup(`<c r="${columnLetter(c + 1)}`));
  // row heights from the render model (points), e.g. for wrapped headers and long messages
  const heights = new Map<number, number>();
  for (const { row, height: h } of tab.rowHeights ?? []) if (row >= 1 && h > 0) heights.set(row, h);
  writeRows(out, grid, heads, heights, Math.max(height, ...heights.keys()));
  out.text('</sheetData>');
  let priority = 1;
  for (const scale of tab.colourScales ?? []) {
    const colours = scaleColours(scale);
    const cfvo = scale.midColour
      ? '<cfvo type="min"/><cfvo type="percentile" val="50"/><cfvo type="max"/>'
      : '<cfvo type="min"/><cfvo type="max"/>';
    out.text(
      `<conditionalFormatting sqref="${scale.range}"><cfRule type="colorScale" priority="${priority++}"><colorScale>${cfvo}${colours.map((c) => `<color rgb="${argb(c)}"/>`).join('')}</colorScale></cfRule></conditionalFormatting>`,
    );
  }
  const validations = (tab.validations ?? []).map(validationXml).filter(Boolean);
  if (validations.length)
    out.text(
      `<dataValidations count="${validations.length}">${validations.join('')}</dataValidations>`,
    );
  out.text(
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
  );
  if (links.drawing) out.text(`<drawing r:id="${links.drawing}"/>`);
  if (links.legacyDrawing) out.text(`<legacyDrawing r:id="${links.legacyDrawing}"/>`);
  out.text('</worksheet>');
  return out.result();
}
