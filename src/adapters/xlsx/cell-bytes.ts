/**
 * Cell parts read straight from a sheet's UTF-8 bytes: attribute values,
 * cell references, integers and plain decimals. Each fast path gives exactly
 * what the string path (`attr`, `parseRef`, `Number`) gives; anything it does
 * not handle (entities, exponents, spaces, single quotes) returns a "slow"
 * answer and the caller falls back to the string path.
 * @module
 */

/** `attrValue` result when the attribute is absent. */
export const ABSENT = -1;
/** `attrValue` result when only the string path can say (entities, odd spacing or quoting). */
export const SLOW = -2;

const AMP = 38;
const DQ = 34;

/** Where {@link attrValue}'s value ends. */
export let attrEnd = 0;

/** An attribute name as bytes, for {@link attrValue}: ` name="` and the bare `name`. */
export interface AttrKey {
  full: Uint8Array;
  bare: Uint8Array;
}
export const attrKey = (name: string): AttrKey => ({
  full: new TextEncoder().encode(` ${name}="`),
  bare: new TextEncoder().encode(name),
});

function indexOfKey(b: Uint8Array, key: Uint8Array, from: number, to: number): number {
  const first = key[0]!;
  const last = to - key.length;
  for (let k = from; k <= last; k++) {
    if (b[k] !== first) continue;
    let m = 1;
    while (m < key.length && b[k + m] === key[m]) m++;
    if (m === key.length) return k;
  }
  return -1;
}

/**
 * Start of the value of the attribute `key` (from {@link attrKey}) in the raw
 * attribute text `b[from, to)`, its end in {@link attrEnd}; or ABSENT, or SLOW.
 */
export function attrValue(b: Uint8Array, from: number, to: number, key: AttrKey): number {
  const at = indexOfKey(b, key.full, from, to);
  if (at >= 0) {
    const start = at + key.full.length;
    let end = start;
    while (end < to && b[end] !== DQ) end++;
    if (end < to) {
      for (let k = start; k < end; k++) if (b[k] === AMP) return SLOW;
      attrEnd = end;
      return start;
    }
  }
  return indexOfKey(b, key.bare, from, to) < 0 ? ABSENT : SLOW;
}

/** A non-negative integer written as 1 to 15 ASCII digits, else -1. */
export function digits(b: Uint8Array, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let n = 0;
  for (let k = start; k < end; k++) {
    const d = b[k]! - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * `Number(text)` for a plain decimal `-?\d*\.?\d*` of at most 15 digits (exact:
 * the digits and the power of ten are both exact doubles, so one division is
 * correctly rounded, as Number is); NaN for anything else.
 */
export function decimal(b: Uint8Array, start: number, end: number): number {
  let k = start;
  const negative = b[k] === 45;
  if (negative) k++;
  let m = 0;
  let count = 0;
  let fraction = -1;
  for (; k < end; k++) {
    const ch = b[k]!;
    if (ch === 46 && fraction < 0) {
      fraction = 0;
      continue;
    }
    const d = ch - 48;
    if (d < 0 || d > 9) return Number.NaN;
    m = m * 10 + d;
    count++;
    if (fraction >= 0) fraction++;
  }
  if (count === 0 || count > 15) return Number.NaN;
  const n = fraction > 0 ? m / POW10[fraction]! : m;
  return negative ? -n : n;
}

/**
 * A cell reference `AB12` -> column in the return value, row in {@link refRow};
 * 0 when the bytes are not plain letters then 1 to 15 digits (use the string path).
 */
export let refRow = 0;
export function cellRef(b: Uint8Array, start: number, end: number): number {
  let column = 0;
  let k = start;
  for (; k < end; k++) {
    const ch = b[k]!;
    const upper = ch >= 97 ? ch - 32 : ch;
    if (upper < 65 || upper > 90) break;
    column = column * 26 + (upper - 64);
    if (column > 1e6) return 0;
  }
  if (k === start) return 0;
  const row = digits(b, k, end);
  if (row <= 0) return 0;
  refRow = row;
  return column;
}

/** Where {@link cellAttrs} found `r`, `t` and `s`: a start (end in `…End`), ABSENT or SLOW. */
export const found = { r: ABSENT, rEnd: 0, t: ABSENT, tEnd: 0, s: ABSENT, sEnd: 0 };

/** End of the value starting at `start` (the closing quote), or SLOW when it has none or holds an entity. */
function quoted(b: Uint8Array, start: number, to: number): number {
  for (let k = start; k < to; k++) {
    const ch = b[k];
    if (ch === DQ) return k;
    if (ch === AMP) return SLOW;
  }
  return SLOW;
}

const isAlnum = (ch: number) =>
  (ch >= 48 && ch <= 57) || (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122);

/**
 * Records the plain attribute `name` (`r`, `t` or `s`, each once) whose value
 * is `[start, end)` in {@link found}; false for any other name or a repeat.
 * (The plain readers start from ABSENT; when they give up, {@link cellAttrs}
 * sets every field again.)
 */
function takeAttr(name: number | undefined, start: number, end: number): boolean {
  if (name === 114 && found.r === ABSENT) {
    found.r = start;
    found.rEnd = end;
  } else if (name === 116 && found.t === ABSENT) {
    found.t = start;
    found.tEnd = end;
  } else if (name === 115 && found.s === ABSENT) {
    found.s = start;
    found.sEnd = end;
  } else return false;
  return true;
}

/**
 * The usual cell tag, ` r="A2" t="s" s="3"` (only these names, each once,
 * letters and digits for values): read left to right into {@link found}.
 * False for anything else, which {@link cellAttrs} then reads in full.
 */
function plainCellAttrs(b: Uint8Array, from: number, to: number): boolean {
  found.r = found.t = found.s = ABSENT;
  let k = from;
  while (k < to) {
    if (b[k] !== 32 || k + 4 > to || b[k + 2] !== 61 || b[k + 3] !== DQ) return false;
    const name = b[k + 1];
    const start = k + 4;
    let end = start;
    while (end < to && isAlnum(b[end]!)) end++;
    if (end >= to || b[end] !== DQ) return false;
    if (!takeAttr(name, start, end)) return false;
    k = end + 1;
  }
  return true;
}

/**
 * A plain cell start tag read from `from` (just after `<c`) to its end, as
 * {@link plainCellAttrs} reads its attributes, into {@link found}; returns
 * the index of its `>` (after a `/` for an empty tag), or -1 when the tag
 * is not plain or not complete in `b`.
 */
export function plainCellTag(b: Uint8Array, from: number): number {
  found.r = found.t = found.s = ABSENT;
  let k = from;
  for (;;) {
    const ch = b[k];
    if (ch === 62 || (ch === 47 && b[k + 1] === 62)) return ch === 62 ? k : k + 1;
    if (ch !== 32 || b[k + 2] !== 61 || b[k + 3] !== DQ) return -1;
    const name = b[k + 1];
    const start = k + 4;
    let end = start;
    while (end < b.length && isAlnum(b[end]!)) end++;
    if (b[end] !== DQ) return -1;
    if (!takeAttr(name, start, end)) return -1;
    k = end + 1;
  }
}

/** {@link attrValue} of `r`, `t` and `s` at once, in one pass over a cell's attribute text, into {@link found}. */
export function cellAttrs(b: Uint8Array, from: number, to: number): void {
  if (plainCellAttrs(b, from, to)) return;
  let r = ABSENT;
  let t = ABSENT;
  let s = ABSENT;
  let bare = 0;
  for (let k = from; k < to; k++) {
    const ch = b[k]!;
    if (ch === 114) bare |= 1;
    else if (ch === 116) bare |= 2;
    else if (ch === 115) bare |= 4;
    else if (ch === 32 && k + 3 < to && b[k + 2] === 61 && b[k + 3] === DQ) {
      const name = b[k + 1];
      if (name === 114 && r === ABSENT) {
        const end = quoted(b, k + 4, to);
        r = end === SLOW ? SLOW : k + 4;
        found.rEnd = end;
      } else if (name === 116 && t === ABSENT) {
        const end = quoted(b, k + 4, to);
        t = end === SLOW ? SLOW : k + 4;
        found.tEnd = end;
      } else if (name === 115 && s === ABSENT) {
        const end = quoted(b, k + 4, to);
        s = end === SLOW ? SLOW : k + 4;
        found.sEnd = end;
      }
    }
  }
  found.r = r === ABSENT && bare & 1 ? SLOW : r;
  found.t = t === ABSENT && bare & 2 ? SLOW : t;
  found.s = s === ABSENT && bare & 4 ? SLOW : s;
}

/** ASCII text as bytes. */
export const ascii = (s: string) => Uint8Array.from(s, (ch) => ch.charCodeAt(0));

/** `b` holds `bytes` at `at`. */
export function startsWith(b: Uint8Array, at: number, bytes: Uint8Array): boolean {
  if (at + bytes.length > b.length) return false;
  for (let k = 0; k < bytes.length; k++) if (b[at + k] !== bytes[k]) return false;
  return true;
}

/** The local name `b[s, e)` equals `name` (ASCII). */
export function named(b: Uint8Array, s: number, e: number, name: string): boolean {
  if (e - s !== name.length) return false;
  for (let k = 0; k < name.length; k++) if (b[s + k] !== name.charCodeAt(k)) return false;
  return true;
}
