/**
 * What a cell holds, from its type (`t`), style and value text, read as the
 * user sees it: shared strings, numbers, dates as `YYYY-MM-DD`, booleans,
 * error values as text. The string path here is the reference the byte
 * fast paths of read-sheet.ts must agree with.
 * @module
 */
import type { CellValue } from '../../core/contract/workbook.ts';
import { named } from './cell-bytes.ts';
import { decodeXml } from './xml-scan.ts';

/** What a cell's value is read against. */
export interface CellContext {
  sharedStrings: readonly string[];
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
}

/** Cell types (`t`), as numbers so that the hot path compares no strings. */
export const NUMBER_TYPE = 0;
export const SHARED = 1;
export const INLINE = 2;
export const BOOL = 3;
export const FORMULA_TEXT = 4;
export const ERROR = 5;
export const DATE = 6;
const TYPE_OF = new Map([
  ['s', SHARED],
  ['inlineStr', INLINE],
  ['b', BOOL],
  ['str', FORMULA_TEXT],
  ['e', ERROR],
  ['d', DATE],
]);
/** The type of the `t` value `b[s, e)`. */
export function typeOfBytes(b: Uint8Array, s: number, e: number): number {
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
  if (len === 9 && b[s] === 105 && named(b, s, e, 'inlineStr')) return INLINE;
  if (len === 3 && named(b, s, e, 'str')) return FORMULA_TEXT;
  return NUMBER_TYPE;
}

/** The type of a `t` value as the string path reads it. */
export function typeOfText(t: string | undefined): number {
  return t === undefined ? NUMBER_TYPE : (TYPE_OF.get(t) ?? NUMBER_TYPE);
}

/** `AB12` -> column 28, row 12 (1-based); undefined when not a cell reference. */
export function parseRef(ref: string): { column: number; row: number } | undefined {
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

export function isoDateText(text: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T00:00(?::00(?:\.0+)?)?Z?)?$/.exec(text);
  return m ? m[1]! : text;
}

/** Inline strings repeat (corridor ids, sources): short ones are shared, like a shared-strings table. */
export function intern(s: string, interned: Map<string, string>): string {
  if (s.length > 256) return s;
  const known = interned.get(s);
  if (known !== undefined) return known;
  if (interned.size < 200_000) interned.set(s, s);
  return s;
}

/** The string path: a cell's value from its type, raw value text and style. */
export function valueFromText(
  type: number,
  value: string,
  style: number,
  ctx: CellContext,
): CellValue {
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
}
