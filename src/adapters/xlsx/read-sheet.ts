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
import type { ByteInterner } from './byte-intern.ts';
import {
  ABSENT,
  attrEnd,
  attrKey,
  attrValue,
  cellAttrs,
  cellRef,
  decimal,
  digits,
  found,
  refRow,
  SLOW,
} from './cell-bytes.ts';
import { LimitBreach, type ReadLimits } from './read-limits.ts';
import { scanSheetPart } from './read-parts.ts';
import { type ByteSink, text as textOf } from './xml-bytes.ts';
import { attr, decodeCellText, decodeXml } from './xml-scan.ts';
import type { ZipPackage } from './zip-package.ts';

export interface SheetContext {
  sharedStrings: readonly string[];
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
  /** Cells read so far in the workbook, shared across tabs for the cells limit. */
  cells: { n: number };
  /** Short inline strings seen so far, shared across tabs: by text, and by bytes. */
  interned: Map<string, string>;
  internedBytes: ByteInterner;
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

/** The `r` of a cell as quoted in a message: `ref` when read as text, else its bytes from `at`. */
function shownRef(b: Uint8Array, at: number, ref: string | undefined): string | undefined {
  const whole = ref ?? (at >= 0 ? textOf(b, at, found.rEnd) : undefined);
  return whole ? shown(whole) : undefined;
}

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
  if (s.length > 256) return s;
  const known = interned.get(s);
  if (known !== undefined) return known;
  if (interned.size < 200_000) interned.set(s, s);
  return s;
}

/** The cell text in `b[start, end)`, shared, decoding entities and `_x` escapes only where there are any. */
function internBytes(b: Uint8Array, start: number, end: number, ctx: SheetContext): string {
  for (let k = start; k < end; k++) {
    const ch = b[k];
    if (ch === 38 || (ch === 95 && b[k + 1] === 120))
      return intern(decodeCellText(decodeXml(textOf(b, start, end))), ctx.interned);
  }
  return ctx.internedBytes.get(b, start, end);
}

const C = 99;
const V = 118;
const T = 116;
/** Cell types (`t`), as numbers so that the hot path compares no strings. */
const NUMBER_TYPE = 0;
const SHARED = 1;
const INLINE = 2;
const BOOL = 3;
const FORMULA_TEXT = 4;
const ERROR = 5;
const DATE = 6;
const TYPE_OF = new Map([
  ['s', SHARED],
  ['inlineStr', INLINE],
  ['b', BOOL],
  ['str', FORMULA_TEXT],
  ['e', ERROR],
  ['d', DATE],
]);
const R_KEY = attrKey('r');

/** The local name `b[s, e)` equals `name` (ASCII). */
function named(b: Uint8Array, s: number, e: number, name: string): boolean {
  if (e - s !== name.length) return false;
  for (let k = 0; k < name.length; k++) if (b[s + k] !== name.charCodeAt(k)) return false;
  return true;
}

/** The type of the `t` value `b[s, e)`. */
function typeOfBytes(b: Uint8Array, s: number, e: number): number {
  const len = e - s;
  if (len === 1) {
    const ch = b[s];
    return ch === 115
      ? SHARED
      : ch === 98
        ? BOOL
        : ch === 101
          ? ERROR
          : ch === 100
            ? DATE
            : NUMBER_TYPE;
  }
  if (len === 9 && named(b, s, e, 'inlineStr')) return INLINE;
  if (len === 3 && named(b, s, e, 'str')) return FORMULA_TEXT;
  return NUMBER_TYPE;
}

/** The type of a `t` value as the string path reads it. */
function typeOfText(t: string | undefined): number {
  return t === undefined ? NUMBER_TYPE : (TYPE_OF.get(t) ?? NUMBER_TYPE);
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
  let type = NUMBER_TYPE;
  let style = -1;
  let collecting = false;
  let inInline = false;
  let phonetic = 0;
  // the text collected in the cell: one byte range (the usual case), or strings
  let pieces = 0;
  let pieceBytes: Uint8Array = new Uint8Array(0);
  let pieceStart = 0;
  let pieceEnd = 0;
  let pieceStrings: string[] = [];
  // the `<v>` value: undefined, one byte range, or a string
  let valueKind = 0;
  let valueBytes: Uint8Array = pieceBytes;
  let valueStart = 0;
  let valueEnd = 0;
  let valueText = '';

  const addString = (raw: string) => {
    if (pieces === 1 && pieceStrings.length === 0)
      pieceStrings.push(textOf(pieceBytes, pieceStart, pieceEnd));
    pieceStrings.push(raw);
    pieces++;
  };
  const joined = () =>
    pieces === 0
      ? ''
      : pieceStrings.length === 0
        ? textOf(pieceBytes, pieceStart, pieceEnd)
        : pieceStrings.join('');
  const resetText = () => {
    pieces = 0;
    if (pieceStrings.length > 0) pieceStrings = [];
  };
  const rawValue = () => (valueKind === 1 ? textOf(valueBytes, valueStart, valueEnd) : valueText);

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

  const inlineText = (): string => {
    if (pieces === 1 && pieceStrings.length === 0)
      return internBytes(pieceBytes, pieceStart, pieceEnd, ctx);
    return intern(decodeCellText(decodeXml(joined())), ctx.interned);
  };

  const cellValue = (): CellValue => {
    if (type === INLINE) return inlineText();
    if (valueKind === 0) return null;
    if (valueKind === 1) {
      if (type === SHARED) {
        const index = digits(valueBytes, valueStart, valueEnd);
        if (index >= 0) {
          const s = ctx.sharedStrings[index];
          return s === undefined ? null : s;
        }
      } else if (type === NUMBER_TYPE) {
        const n = decimal(valueBytes, valueStart, valueEnd);
        if (!Number.isNaN(n))
          return ctx.dateStyles.has(style) ? (serialToIso(n, ctx.date1904) ?? n) : n;
      }
    }
    return valueFromText(rawValue());
  };

  /** The string path, for every value the byte path does not handle. */
  const valueFromText = (value: string): CellValue => {
    switch (type) {
      case SHARED: {
        const s = ctx.sharedStrings[Number(value)];
        return s === undefined ? null : s;
      }
      case BOOL:
        return value.trim() === '1' || value.trim().toLowerCase() === 'true';
      case FORMULA_TEXT:
      case ERROR:
        return decodeXml(value);
      case DATE:
        return isoDateText(decodeXml(value).trim());
      default: {
        const n = Number(value);
        if (value.trim() === '' || !Number.isFinite(n)) return decodeXml(value);
        if (ctx.dateStyles.has(style)) return serialToIso(n, ctx.date1904) ?? n;
        return n;
      }
    }
  };

  const rowLimit = (found: string) =>
    new LimitBreach(
      tab,
      `${count(limits.rows)} rows per tab`,
      found,
      'delete the rows past the data, or split the tab',
    );

  /** A cell's start tag: its position, type and style. */
  const openCell = (b: Uint8Array, from: number, to: number) => {
    cellAttrs(b, from, to);
    const r = found.r;
    let atColumn = 0;
    let atRow = 0;
    let ref: string | undefined;
    if (r >= 0) {
      atColumn = cellRef(b, r, found.rEnd);
      atRow = refRow;
      if (atColumn === 0) ref = textOf(b, r, found.rEnd);
    } else if (r === SLOW) ref = attr(textOf(b, from, to), 'r');
    if (ref !== undefined) {
      const at = ref ? parseRef(ref) : undefined;
      atColumn = at ? at.column : 0;
      atRow = at ? at.row : 0;
    }
    column = atColumn > 0 ? atColumn : column + 1;
    if (atColumn > 0 && atRow !== row) {
      row = atRow;
      if (row > limits.rows) throw rowLimit(`a cell at ${shownRef(b, r, ref) ?? ''}`);
    }
    if (column > widthLimit) {
      throw new LimitBreach(
        tab,
        `${count(widthLimit)} columns for this tab`,
        `a cell at ${shownRef(b, r, ref) ?? `column ${column}`}`,
        'delete or move the stray cell',
      );
    }
    const t = found.t;
    type =
      t === ABSENT
        ? NUMBER_TYPE
        : t === SLOW
          ? typeOfText(attr(textOf(b, from, to), 't'))
          : typeOfBytes(b, t, found.tEnd);
    const s = found.s;
    if (s === ABSENT) style = -1;
    else {
      const n = s >= 0 ? digits(b, s, found.sEnd) : -1;
      style = n >= 0 ? n : Number(attr(textOf(b, from, to), 's'));
    }
    valueKind = 0;
    resetText();
    inInline = false;
  };

  const openRow = (b: Uint8Array, from: number, to: number) => {
    const at = attrValue(b, from, to, R_KEY);
    const fast = at >= 0 ? digits(b, at, attrEnd) : -1;
    if (fast >= 0) row = fast;
    else {
      const r = at === ABSENT ? undefined : attr(textOf(b, from, to), 'r');
      row = r === undefined ? row + 1 : Number(r);
    }
    if (!Number.isInteger(row) || row < 1) row = rows.length + 1;
    if (row > limits.rows) throw rowLimit(`a row at ${count(row)}`);
    column = 0;
  };

  const openOther = (name: string, attrs: string, empty: boolean) => {
    if (name === 'dimension' && !inData) {
      // the used range Excel and LibreOffice declare up front: a far stray cell or a huge tab stops here, unread
      const end = parseRef((attr(attrs, 'ref') ?? '').split(':').pop() ?? '');
      if (end && end.row > limits.rows)
        throw rowLimit(`a used range down to row ${count(end.row)}`);
      if (end && end.column > widthLimit) {
        throw new LimitBreach(
          tab,
          `${count(widthLimit)} columns for this tab`,
          `a used range out to column ${count(end.column)}`,
          'delete or move the stray cells',
        );
      }
    } else if (name === 'is') inInline = !empty;
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
  };

  const sink: ByteSink = {
    open(b, name, nameEnd, attrs, attrsEnd, empty) {
      const len = nameEnd - name;
      const first = b[name];
      if (len === 1 && first === C) {
        if (!inData) return;
        openCell(b, attrs, attrsEnd);
        if (empty) put(cellValue());
      } else if (len === 1 && first === V) {
        collecting = !empty;
        resetText();
        if (empty) {
          valueKind = 2;
          valueText = '';
        }
      } else if (len === 1 && first === T) {
        if (inInline) collecting = !empty && phonetic === 0;
      } else if (len === 3 && inData && named(b, name, nameEnd, 'row')) openRow(b, attrs, attrsEnd);
      else if (len === 2 && named(b, name, nameEnd, 'is')) inInline = !empty;
      else if (len > 1 && len < 10) {
        const local = textOf(b, name, nameEnd);
        openOther(local, attrs === attrsEnd ? '' : textOf(b, attrs, attrsEnd), empty);
      }
    },
    text(b, start, end) {
      if (!collecting) return;
      if (pieces === 0) {
        pieceBytes = b;
        pieceStart = start;
        pieceEnd = end;
        pieces = 1;
      } else addString(textOf(b, start, end));
    },
    cdata(raw) {
      if (!collecting) return;
      if (pieces === 0) {
        pieceStrings.push(raw);
        pieces = 1;
      } else addString(raw);
    },
    close(b, name, nameEnd) {
      const len = nameEnd - name;
      const first = b[name];
      if (len === 1 && first === V) {
        collecting = false;
        if (pieces === 1 && pieceStrings.length === 0) {
          valueKind = 1;
          valueBytes = pieceBytes;
          valueStart = pieceStart;
          valueEnd = pieceEnd;
        } else {
          valueKind = 2;
          valueText = joined();
        }
      } else if (len === 1 && first === T) collecting = false;
      else if (len === 1 && first === C) {
        if (inData) put(cellValue());
      } else if (len === 3 && named(b, name, nameEnd, 'rPh')) phonetic--;
      else if (len === 2 && named(b, name, nameEnd, 'is')) inInline = false;
      else if (len === 9 && named(b, name, nameEnd, 'sheetData')) inData = false;
    },
  };
  await scanSheetPart(pkg, part, limits, sink);
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
