/**
 * One worksheet part, streamed into rows of cells as the user sees them:
 * formulas give their cached result, dates give `YYYY-MM-DD` text, booleans
 * and error values (`#N/A`) stay booleans and text, and in a merged range
 * only the top-left cell holds the value. Stray cells past the limits stop
 * the read with one line; empty rows and columns are never iterated.
 * @module
 */
import type { CellValue } from '../../core/contract/workbook.ts';
import { count, maxColumns } from '../../core/limits/grid-limits.ts';
import type { ByteInterner } from './byte-intern.ts';
import {
  ABSENT,
  ascii,
  attrEnd,
  attrKey,
  attrValue,
  cellAttrs,
  cellRef,
  decimal,
  digits,
  found,
  named,
  plainCellTag,
  refRow,
  SLOW,
  startsWith,
} from './cell-bytes.ts';
import { ColumnRepeats } from './column-repeats.ts';
import { EMPTY_CELL, INLINE_BODY, plain, plainCell } from './plain-cell.ts';
import { LimitBreach, type ReadLimits } from './read-limits.ts';
import { scanSheetPart } from './read-parts.ts';
import {
  type CellContext,
  INLINE,
  intern,
  NUMBER_TYPE,
  parseRef,
  SHARED,
  serialToIso,
  typeOfBytes,
  typeOfText,
  valueFromText,
} from './sheet-cells.ts';
import { checkUsedRange, rowsBreach, SheetGrid } from './sheet-grid.ts';
import { type ByteSink, tagEnd as tagEndOf, text as textOf } from './xml-bytes.ts';
import { attr, decodeCellText, decodeXml } from './xml-scan.ts';
import type { ZipPackage } from './zip-package.ts';

export interface SheetContext extends CellContext {
  /** Cells read so far in the workbook, shared across tabs for the cells limit. */
  cells: { n: number };
  /** Short inline strings seen so far, shared across tabs: by text, and by bytes. */
  interned: Map<string, string>;
  internedBytes: ByteInterner;
}

/** A cell reference as quoted in a message: a mangled one is cut short. */
const shown = (ref: string) => (ref.length > 24 ? `${ref.slice(0, 21)}...` : ref);

/** The `r` of a cell as quoted in a message: `ref` when read as text, else its bytes from `at`. */
function shownRef(b: Uint8Array, at: number, ref: string | undefined): string | undefined {
  const whole = ref ?? (at >= 0 ? textOf(b, at, found.rEnd) : undefined);
  return whole ? shown(whole) : undefined;
}

/** The cell text in `b[start, end)`, shared, decoding entities and `_x` escapes only where there are any. */
function internBytes(b: Uint8Array, start: number, end: number, ctx: SheetContext): string {
  return (
    ctx.internedBytes.get(b, start, end) ??
    intern(decodeCellText(decodeXml(textOf(b, start, end))), ctx.interned)
  );
}

const C = 99;
const V = 118;
const T = 116;
const R_KEY = attrKey('r');

const LT = 60;
const GT = 62;
const VALUE_TAIL = ascii('</v></c>');
const INLINE_HEAD = ascii('<is><t>');
const INLINE_TAIL = ascii('</t></is></c>');
const ROW_END = ascii('</row>');
const SLASH = 47;

/** A sheet's scan: the sink for its bytes, and its rows once the scan has ended. */
export interface SheetReader {
  sink: ByteSink;
  finish(): CellValue[][];
}

/** The reader of one tab's sheet XML, fed by the byte scanner (xml-bytes.ts). */
export function sheetReader(tab: string, limits: ReadLimits, ctx: SheetContext): SheetReader {
  const grid = new SheetGrid(tab, limits, ctx.cells);
  const widthLimit = maxColumns(tab, limits);
  const repeats = new ColumnRepeats();
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

  const put = (v: CellValue) => grid.put(row, column, v);

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
    return valueFromText(type, rawValue(), style, ctx);
  };

  const rowLimit = (found: string) => rowsBreach(tab, limits, found);

  /** A cell's start tag: its position, type and style. */
  const openCell = (b: Uint8Array, from: number, to: number) => {
    cellAttrs(b, from, to);
    cellFromFound(b, from, to);
  };

  /** The cell whose `r`, `t` and `s` are in `found` (its attribute text `b[from, to)` for the string path). */
  const cellFromFound = (b: Uint8Array, from: number, to: number) => {
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
    if (!Number.isInteger(row) || row < 1) row = grid.rows.length + 1;
    if (row > limits.rows) throw rowLimit(`a row at ${count(row)}`);
    column = 0;
  };

  const openOther = (name: string, attrs: string, empty: boolean) => {
    if (name === 'dimension' && !inData) checkUsedRange(tab, attr(attrs, 'ref'), limits);
    else if (name === 'is') inInline = !empty;
    else if (name === 'rPh') phonetic++;
    else if (name === 'sheetData') inData = !empty;
    else if (name === 'mergeCell') grid.merge(attr(attrs, 'ref'));
  };

  /**
   * The usual cell bodies, `<v>X</v></c>` and `<is><t>X</t></is></c>`, read
   * at once from `p`, leaving the state as their events would; returns where
   * the cell ends, or 0 for any other body (then read event by event).
   */
  const wholeCell = (b: Uint8Array, p: number): number => {
    let x: number;
    let tail: Uint8Array;
    if (b[p] !== LT) return 0;
    if (b[p + 1] === V && b[p + 2] === GT) {
      x = p + 3;
      tail = VALUE_TAIL;
    } else if (startsWith(b, p, INLINE_HEAD)) {
      x = p + INLINE_HEAD.length;
      tail = INLINE_TAIL;
    } else return 0;
    let e = x;
    const limit = Math.min(b.length, x + 65_536);
    while (e < limit && b[e] !== LT) e++;
    if (e >= limit || !startsWith(b, e, tail)) return 0;
    if (e > x && (tail === VALUE_TAIL || phonetic === 0)) {
      pieces = 1;
      pieceBytes = b;
      pieceStart = x;
      pieceEnd = e;
    }
    if (tail === VALUE_TAIL) {
      valueKind = e > x ? 1 : 2;
      valueBytes = b;
      valueStart = x;
      valueEnd = e;
      valueText = '';
    } else inInline = false;
    collecting = false;
    put(cellValue());
    return e + tail.length;
  };

  /**
   * The usual cell {@link plainCell} read, taken as the event path would take
   * it (same state after it); false, with nothing changed, when its value or
   * place needs that path (a breached limit, a value that is not a plain
   * number, a shared-string index or inline text).
   */
  const takePlain = (b: Uint8Array): boolean => {
    const t = plain.type;
    const s = plain.start;
    const e = plain.end;
    const body = plain.body;
    const at = plain.column;
    const next = at > 0 ? at : column + 1;
    let v: CellValue = null;
    if (body === INLINE_BODY || (body !== EMPTY_CELL && t === INLINE)) {
      if (t !== INLINE) return false;
      if (e > s)
        v =
          repeats.get(next - 1, b, s, e) ??
          repeats.keep(next - 1, b, s, e, internBytes(b, s, e, ctx));
    } else if (body !== EMPTY_CELL) {
      if (t === NUMBER_TYPE) {
        const n = decimal(b, s, e);
        if (Number.isNaN(n)) return false;
        v =
          plain.style >= 0 && ctx.dateStyles.has(plain.style)
            ? (serialToIso(n, ctx.date1904) ?? n)
            : n;
      } else if (t === SHARED) {
        const index = digits(b, s, e);
        if (index < 0) return false;
        const shared = ctx.sharedStrings[index];
        v = shared === undefined ? null : shared;
      } else return false;
    }
    if (at > 0 && plain.row !== row && plain.row > limits.rows) return false;
    if (next > widthLimit) return false;
    if (at > 0) row = plain.row;
    column = next;
    type = t;
    style = plain.style;
    inInline = false;
    resetText();
    valueKind = 0;
    if (body !== EMPTY_CELL) {
      if (e > s) {
        pieces = 1;
        pieceBytes = b;
        pieceStart = s;
        pieceEnd = e;
      }
      if (body !== INLINE_BODY) {
        valueKind = e > s ? 1 : 2;
        valueBytes = b;
        valueStart = s;
        valueEnd = e;
        valueText = '';
      }
      collecting = false;
    }
    if (v !== null) put(v);
    return true;
  };

  /**
   * The cells of a row read straight after its start tag, from `p`, while
   * they are plain `<c …>` tags with usual bodies, and the row's end tag;
   * returns where the scan goes on (at the first thing read otherwise).
   */
  const rowCells = (b: Uint8Array, p: number): number => {
    const n = b.length;
    for (;;) {
      // reads past the end would give undefined (and slower code): the event path takes the tail
      if (p + 2 >= n || b[p] !== LT) return p;
      const next = b[p + 1];
      if (next === C) {
        const after = b[p + 2];
        if (after !== 32 && after !== GT && after !== SLASH) return p;
        const whole = phonetic === 0 ? plainCell(b, p) : 0;
        if (whole > 0 && takePlain(b)) {
          p = whole;
          continue;
        }
        const tagEnd = plainCellTag(b, p + 2);
        const gt = tagEnd >= 0 ? tagEnd : tagEndOf(b, p + 1, b.length);
        if (gt < 0 || gt - p > 4096) return p;
        const empty = b[gt - 1] === SLASH;
        if (tagEnd >= 0) cellFromFound(b, p + 2, empty ? gt - 1 : gt);
        else openCell(b, p + 2, empty ? gt - 1 : gt);
        if (empty) {
          put(cellValue());
          p = gt + 1;
          continue;
        }
        const end = wholeCell(b, gt + 1);
        if (end === 0) return gt + 1;
        p = end;
      } else if (next === SLASH && startsWith(b, p, ROW_END)) return p + ROW_END.length;
      else return p;
    }
  };

  const sink: ByteSink = {
    open(b, name, nameEnd, attrs, attrsEnd, empty) {
      const len = nameEnd - name;
      const first = b[name];
      if (len === 1 && first === C) {
        if (!inData) return 0;
        openCell(b, attrs, attrsEnd);
        if (empty) put(cellValue());
        else return wholeCell(b, attrsEnd + 1);
      } else if (len === 1 && first === V) {
        collecting = !empty;
        resetText();
        if (empty) {
          valueKind = 2;
          valueText = '';
        }
      } else if (len === 1 && first === T) {
        if (inInline) collecting = !empty && phonetic === 0;
      } else if (len === 3 && first === 114 && inData && named(b, name, nameEnd, 'row')) {
        openRow(b, attrs, attrsEnd);
        if (!empty) return rowCells(b, attrsEnd + 1);
      } else if (len === 2 && first === 105 && b[name + 1] === 115) inInline = !empty;
      else if (len > 1 && len < 10) {
        const local = textOf(b, name, nameEnd);
        openOther(local, attrs === attrsEnd ? '' : textOf(b, attrs, attrsEnd), empty);
      }
      return 0;
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
    detach() {
      if (pieces === 1 && pieceStrings.length === 0)
        pieceStrings.push(textOf(pieceBytes, pieceStart, pieceEnd));
      if (valueKind === 1) {
        valueText = textOf(valueBytes, valueStart, valueEnd);
        valueKind = 2;
      }
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
      } else if (len === 2 && first === 105 && b[name + 1] === 115) inInline = false;
      else if (len === 3 && named(b, name, nameEnd, 'rPh')) phonetic--;
      else if (len === 9 && named(b, name, nameEnd, 'sheetData')) inData = false;
    },
  };
  return {
    sink,
    finish: () => grid.finish(),
  };
}

export async function readSheet(
  pkg: ZipPackage,
  tab: string,
  part: string,
  limits: ReadLimits,
  ctx: SheetContext,
): Promise<CellValue[][]> {
  const reader = sheetReader(tab, limits, ctx);
  await scanSheetPart(pkg, part, limits, reader.sink);
  return reader.finish();
}
