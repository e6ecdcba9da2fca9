/**
 * The usual cell, read whole in one pass over its bytes: a start tag of
 * plain `r`, `t` and `s` attributes (each at most once, letters and digits
 * for values) and an empty tag or a `<v>X</v></c>` or `<is><t>X</t></is></c>`
 * body. It reads what the event path of read-sheet.ts reads from the same
 * bytes; anything else (entities in the tag, other attributes, a body cut by
 * the chunk's end, a mangled reference) is left to that path untouched.
 * @module
 */
import { INLINE, NUMBER_TYPE, typeOfBytes } from './sheet-cells.ts';

/** No body: `<c …/>`. */
export const EMPTY_CELL = 0;
/** A `<v>X</v></c>` body, X in `[start, end)`. */
export const VALUE_BODY = 1;
/** An `<is><t>X</t></is></c>` body, X in `[start, end)`. */
export const INLINE_BODY = 2;

/** What {@link plainCell} read: column 0 when the tag has no `r` (the cell follows the last one). */
export const plain = {
  column: 0,
  row: 0,
  /** The `t`, as a cell type of sheet-cells.ts (NUMBER_TYPE when absent). */
  type: 0,
  /** The `s`, or -1 when absent. */
  style: -1,
  body: EMPTY_CELL,
  start: 0,
  end: 0,
};

const LT = 60;
const GT = 62;
const SLASH = 47;
const DQ = 34;
const SPACE = 32;
const EQ = 61;
/** The longest tag and text read here, as the event path bounds them. */
const MAX_TAG = 4096;
const MAX_TEXT = 65_536;

const isAlnum = (ch: number) =>
  (ch >= 48 && ch <= 57) || (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122);

/** `</v></c>` at `e`. */
const valueTail = (b: Uint8Array, e: number) =>
  b[e + 1] === SLASH &&
  b[e + 2] === 118 &&
  b[e + 3] === GT &&
  b[e + 4] === LT &&
  b[e + 5] === SLASH &&
  b[e + 6] === 99 &&
  b[e + 7] === GT;

/** `</t></is></c>` at `e`. */
const inlineTail = (b: Uint8Array, e: number) =>
  b[e + 1] === SLASH &&
  b[e + 2] === 116 &&
  b[e + 3] === GT &&
  b[e + 4] === LT &&
  b[e + 5] === SLASH &&
  b[e + 6] === 105 &&
  b[e + 7] === 115 &&
  b[e + 8] === GT &&
  b[e + 9] === LT &&
  b[e + 10] === SLASH &&
  b[e + 11] === 99 &&
  b[e + 12] === GT;

/** `<is><t>` at `p`. */
const inlineHead = (b: Uint8Array, p: number) =>
  b[p + 1] === 105 &&
  b[p + 2] === 115 &&
  b[p + 3] === GT &&
  b[p + 4] === LT &&
  b[p + 5] === 116 &&
  b[p + 6] === GT;

/**
 * The `r` value from `start` to its closing quote, as cellRef (cell-bytes.ts)
 * reads it: the column, the row in `plain.row`, the quote's index in
 * `plain.end`; 0 when it is not plain letters then 1 to 15 digits of a row over 0.
 */
function reference(b: Uint8Array, start: number, n: number): number {
  let column = 0;
  let k = start;
  for (; k < n; k++) {
    const ch = b[k]!;
    const upper = ch >= 97 ? ch - 32 : ch;
    if (upper < 65 || upper > 90) break;
    column = column * 26 + (upper - 64);
    if (column > 1e6) return 0;
  }
  const digits = k;
  let row = 0;
  for (; k < n; k++) {
    const d = b[k]! - 48;
    if (d < 0 || d > 9) break;
    row = row * 10 + d;
  }
  if (k >= n || k === digits || digits === start || k - digits > 15 || row <= 0 || b[k] !== DQ)
    return 0;
  plain.row = row;
  plain.end = k;
  return column;
}

/** The `t` value from `start` to its closing quote (its index in `plain.end`) as a cell type; -1 when not plain. */
function typeAt(b: Uint8Array, start: number, n: number): number {
  if (start + 10 > n) return -1;
  if (b[start + 1] === DQ && isAlnum(b[start]!)) {
    plain.end = start + 1;
    return typeOfBytes(b, start, start + 1);
  }
  if (
    b[start] === 105 &&
    b[start + 1] === 110 &&
    b[start + 2] === 108 &&
    b[start + 3] === 105 &&
    b[start + 4] === 110 &&
    b[start + 5] === 101 &&
    b[start + 6] === 83 &&
    b[start + 7] === 116 &&
    b[start + 8] === 114 &&
    b[start + 9] === DQ
  ) {
    plain.end = start + 9;
    return INLINE;
  }
  let end = start;
  while (end < n && isAlnum(b[end]!)) end++;
  if (end >= n || b[end] !== DQ) return -1;
  plain.end = end;
  return typeOfBytes(b, start, end);
}

/**
 * The cell whose `<c` is at `p`, read into {@link plain}; returns where the
 * cell ends, or 0 when it is not such a usual cell (nothing is read then).
 */
export function plainCell(b: Uint8Array, p: number): number {
  const n = b.length;
  let k = p + 2;
  let r = 0;
  let t = -1;
  let s = -1;
  let column = 0;
  for (;;) {
    if (k + 4 >= n) return 0;
    const ch = b[k]!;
    if (ch === GT || ch === SLASH) break;
    if (ch !== SPACE || b[k + 2] !== EQ || b[k + 3] !== DQ) return 0;
    const name = b[k + 1];
    const start = k + 4;
    if (name === 114 && r === 0) {
      r = 1;
      column = reference(b, start, n);
      if (column === 0) return 0;
      k = plain.end + 1;
    } else if (name === 116 && t < 0) {
      t = typeAt(b, start, n);
      if (t < 0) return 0;
      k = plain.end + 1;
    } else if (name === 115 && s < 0) {
      let end = start;
      s = 0;
      for (; end < n; end++) {
        const digit = b[end]! - 48;
        if (digit < 0 || digit > 9) break;
        s = s * 10 + digit;
      }
      if (end >= n || end === start || end - start > 15 || b[end] !== DQ) return 0;
      k = end + 1;
    } else return 0;
  }
  if ((b[k] === SLASH ? k + 1 : k) - p > MAX_TAG) return 0;
  plain.column = column;
  plain.type = t < 0 ? NUMBER_TYPE : t;
  plain.style = s;
  if (b[k] === SLASH) {
    if (b[k + 1] !== GT) return 0;
    plain.body = EMPTY_CELL;
    return k + 2;
  }
  const body = k + 1;
  if (body + 7 > n || b[body] !== LT) return 0;
  let x: number;
  if (b[body + 1] === 118 && b[body + 2] === GT) x = body + 3;
  else if (inlineHead(b, body)) x = body + 7;
  else return 0;
  const limit = Math.min(n, x + MAX_TEXT);
  let e = x;
  while (e < limit && b[e] !== LT) e++;
  if (e >= limit) return 0;
  if (x === body + 3) {
    if (e + 8 > n || !valueTail(b, e)) return 0;
    plain.body = VALUE_BODY;
    plain.start = x;
    plain.end = e;
    return e + 8;
  }
  if (e + 13 > n || !inlineTail(b, e)) return 0;
  plain.body = INLINE_BODY;
  plain.start = x;
  plain.end = e;
  return e + 13;
}
