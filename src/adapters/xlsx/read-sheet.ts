/**
 * One worksheet part, streamed into rows of cells as the user sees them:
 * formulas give their cached result, dates give `YYYY-MM-DD` text, booleans
 * and error values (`#N/A`) stay booleans and text, and in a merged range
 * only the top-left cell holds the value. Stray cells past the limits stop
 * the read with one line; empty rows and columns are never iterated.
 * @module
 */
import { a1 } from '../../core/contract/a1.ts';
import type { CellValue } from '../../core/contract/workbook.ts';
import { count, maxColumns } from '../../core/limits/grid-limits.ts';
import { LimitBreach, type ReadLimits } from './read-limits.ts';
import { scanPart } from './read-parts.ts';
import { attr, decodeCellText, decodeXml, detach } from './xml-scan.ts';
import type { ZipPackage } from './zip-package.ts';

export interface SheetContext {
  sharedStrings: readonly string[];
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
  /** Cells read so far in the workbook, shared across tabs for the cells limit. */
  cells: { n: number };
  /** Short inline strings seen so far, shared across tabs. */
  interned: Map<string, string>;
}

/** `AB12` -> column 28, row 12 (1-based); undefined when not a cell reference. */
function parseRef(ref: string): { column: number; row: number } | undefined {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    const upper = ch >= 97 ? ch - 32 : ch;
    if (upper < 65 || upper > 90) break;
    column = column * 26 + (upper - 64);
    if (column > 1e6) return undefined;
  }
  const row = Number(ref.slice(i));
  return i > 0 && Number.isInteger(row) && row > 0 ? { column, row } : undefined;
}

/** A cell reference as quoted in a message: a mangled one is cut short. */
const shown = (ref: string) => (ref.length > 24 ? `${ref.slice(0, 21)}...` : ref);

/** A date serial as `YYYY-MM-DD` (midnight) or a full ISO time, as Excel shows the date. */
export function serialToIso(serial: number, date1904: boolean): string | undefined {
  // serial 60 is Excel's phantom 1900-02-29; days before it are one off
  const days = date1904 ? serial + 1462 : serial < 60 ? serial + 1 : serial;
  const ms = Math.round((days - 25569) * 86_400_000);
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return undefined;
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

function isoDateText(text: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T00:00(?::00(?:\.0+)?)?Z?)?$/.exec(text);
  return m ? m[1]! : text;
}

/** Inline strings repeat (corridor ids, sources): short ones are shared, like a shared-strings table. */
function intern(s: string, interned: Map<string, string>): string {
  if (s.length > 64) return detach(s);
  const known = interned.get(s);
  if (known !== undefined) return known;
  const own = detach(s);
  if (interned.size < 200_000) interned.set(own, own);
  return own;
}

export async function readSheet(
  pkg: ZipPackage,
  tab: string,
  part: string,
  limits: ReadLimits,
  ctx: SheetContext,
): Promise<CellValue[][]> {
  const rows: CellValue[][] = [];
  const widthLimit = maxColumns(tab, limits);
  const merges: string[] = [];
  let inData = false;
  let row = 0;
  let column = 0;
  let type = 'n';
  let style = -1;
  let collecting = false;
  let inInline = false;
  let phonetic = 0;
  let text: string[] = [];
  let value: string | undefined;

  const put = (v: CellValue) => {
    if (v === null || v === '') return;
    if (typeof v === 'string' && v.length > limits.cellChars) {
      throw new LimitBreach(
        a1(tab, row, column),
        `${count(limits.cellChars)} characters per cell`,
        `${count(v.length)} characters`,
      );
    }
    if (++ctx.cells.n > limits.cells) {
      throw new LimitBreach(
        tab,
        `${count(limits.cells)} cells with a value in all tabs`,
        `more than ${count(limits.cells)} cells`,
      );
    }
    let cells = rows[row - 1];
    if (!cells) {
      while (rows.length < row - 1) rows.push([]);
      cells = [];
      rows[row - 1] = cells;
    }
    while (cells.length < column - 1) cells.push(null);
    cells[column - 1] = v;
  };

  const cellValue = (): CellValue => {
    if (type === 'inlineStr') return intern(decodeCellText(decodeXml(text.join(''))), ctx.interned);
    if (value === undefined) return null;
    switch (type) {
      case 's': {
        const s = ctx.sharedStrings[Number(value)];
        return s === undefined ? null : s;
      }
      case 'b':
        return value.trim() === '1' || value.trim().toLowerCase() === 'true';
      case 'str':
      case 'e':
        return detach(decodeXml(value));
      case 'd':
        return isoDateText(decodeXml(value).trim());
      default: {
        const n = Number(value);
        if (value.trim() === '' || !Number.isFinite(n)) return detach(decodeXml(value));
        if (ctx.dateStyles.has(style)) return serialToIso(n, ctx.date1904) ?? n;
        return n;
      }
    }
  };

  await scanPart(pkg, part, limits, {
    open(name, attrs, empty) {
      if (name === 'c' && inData) {
        const ref = attr(attrs, 'r');
        const at = ref ? parseRef(ref) : undefined;
        column = at ? at.column : column + 1;
        if (at && at.row !== row) {
          row = at.row;
          if (row > limits.rows) {
            throw new LimitBreach(
              tab,
              `${count(limits.rows)} rows per tab`,
              `a cell at ${shown(ref ?? '')}`,
              'delete the rows past the data, or split the tab',
            );
          }
        }
        if (column > widthLimit) {
          throw new LimitBreach(
            tab,
            `${count(widthLimit)} columns for this tab`,
            `a cell at ${ref ? shown(ref) : `column ${column}`}`,
            'delete or move the stray cell',
          );
        }
        type = attr(attrs, 't') ?? 'n';
        const s = attr(attrs, 's');
        style = s === undefined ? -1 : Number(s);
        value = undefined;
        text = [];
        inInline = false;
        if (empty) put(cellValue());
      } else if (name === 'row' && inData) {
        const r = attr(attrs, 'r');
        row = r === undefined ? row + 1 : Number(r);
        if (!Number.isInteger(row) || row < 1) row = rows.length + 1;
        if (row > limits.rows)
          throw new LimitBreach(
            tab,
            `${count(limits.rows)} rows per tab`,
            `a row at ${count(row)}`,
            'delete the rows past the data, or split the tab',
          );
        column = 0;
      } else if (name === 'dimension' && !inData) {
        // the used range Excel and LibreOffice declare up front: a far stray cell or a huge tab stops here, unread
        const end = parseRef((attr(attrs, 'ref') ?? '').split(':').pop() ?? '');
        if (end && end.row > limits.rows) {
          throw new LimitBreach(
            tab,
            `${count(limits.rows)} rows per tab`,
            `a used range down to row ${count(end.row)}`,
            'delete the rows past the data, or split the tab',
          );
        }
        if (end && end.column > widthLimit) {
          throw new LimitBreach(
            tab,
            `${count(widthLimit)} columns for this tab`,
            `a used range out to column ${count(end.column)}`,
            'delete or move the stray cells',
          );
        }
      } else if (name === 'v') {
        collecting = !empty;
        text = [];
        if (empty) value = '';
      } else if (name === 'is') inInline = !empty;
      else if (name === 't' && inInline) collecting = !empty && phonetic === 0;
      else if (name === 'rPh') phonetic++;
      else if (name === 'sheetData') inData = !empty;
      else if (name === 'mergeCell') {
        const ref = attr(attrs, 'ref');
        if (ref) merges.push(ref);
        if (merges.length > limits.merges)
          throw new LimitBreach(
            tab,
            `${count(limits.merges)} merged ranges per tab`,
            'more merged ranges',
          );
      }
    },
    text(raw) {
      if (collecting) text.push(raw);
    },
    close(name) {
      if (name === 'v') {
        collecting = false;
        value = text.join('');
      } else if (name === 't') collecting = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'is') inInline = false;
      else if (name === 'c' && inData) put(cellValue());
      else if (name === 'sheetData') inData = false;
    },
  });
  clearMerged(tab, rows, merges, limits);
  return padded(rows, limits);
}

/** Rows filled to the tab's used width with empty cells, as a spreadsheet shows them, when that stays within the cells limit. */
function padded(rows: CellValue[][], limits: ReadLimits): CellValue[][] {
  let width = 0;
  for (let r = 0; r < rows.length; r++) {
    if (!rows[r]) rows[r] = [];
    width = Math.max(width, rows[r]!.length);
  }
  if (rows.length * width > limits.cells) return rows;
  for (const cells of rows) while (cells.length < width) cells.push(null);
  return rows;
}

/** In each merged range only the top-left cell keeps its value, as the user sees it. */
function clearMerged(
  tab: string,
  rows: CellValue[][],
  merges: readonly string[],
  limits: ReadLimits,
) {
  let area = 0;
  for (const ref of merges) {
    const [from, to] = ref.split(':');
    const a = from ? parseRef(from) : undefined;
    const b = to ? parseRef(to) : undefined;
    if (!a || !b) continue;
    const lastRow = Math.min(b.row, rows.length);
    area +=
      Math.max(0, lastRow - a.row + 1) * Math.max(0, Math.min(b.column, 16_384) - a.column + 1);
    if (area > limits.cells)
      throw new LimitBreach(
        tab,
        `${count(limits.cells)} cells in merged ranges`,
        'merged ranges covering more',
      );
    for (let r = a.row; r <= lastRow; r++) {
      const cells = rows[r - 1];
      if (!cells) continue;
      const lastColumn = Math.min(b.column, cells.length);
      for (let c = a.column; c <= lastColumn; c++) {
        if (r !== a.row || c !== a.column) cells[c - 1] = null;
      }
    }
  }
}
