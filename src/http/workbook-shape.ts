/**
 * Counts a JSON workbook's tabs, rows per tab and cells straight from the
 * request text, before JSON.parse: parsing 800,000 empty tabs takes seconds,
 * this scan stops at the first limit it passes. Malformed JSON is left for
 * JSON.parse to report.
 * @module
 */

export interface ShapeLimits {
  tabs: number;
  rows: number;
  cells: number;
}

/** Where the tabs that passed a limit are, as a JSON path: the plain workbook's or the compact one's. */
export type TabsPath = readonly ['tabs'] | readonly ['compact', 'tabs'];
const PLAIN_TABS: TabsPath = ['tabs'];
const COMPACT_TABS: TabsPath = ['compact', 'tabs'];

export type ShapeExcess =
  | { limit: 'tabs'; tabs: TabsPath; count: number }
  | { limit: 'rows'; tabs: TabsPath; tab: string; count: number }
  | { limit: 'cells'; tabs: TabsPath; tab: string; count: number }
  | { limit: 'values'; count: number };

const QUOTE = 34;
const OPEN_OBJECT = 123;
const OPEN_ARRAY = 91;
const CLOSE_OBJECT = 125;
const CLOSE_ARRAY = 93;
const COMMA = 44;
const COLON = 58;
const BACKSLASH = 92;
/** The characters that end a number, true, false or null: delimiters and whitespace. */
const ENDS_SCALAR = new Uint8Array(128);
for (const ch of [
  COMMA,
  COLON,
  CLOSE_ARRAY,
  CLOSE_OBJECT,
  OPEN_ARRAY,
  OPEN_OBJECT,
  QUOTE,
  32,
  9,
  10,
  13,
])
  ENDS_SCALAR[ch] = 1;

/**
 * Counts `tabs` at the top level and, for a compact workbook, `compact.tabs`
 * and `compact.values` (each value counts against the cells limit too).
 * @returns the first limit the body passes, or undefined when it fits
 */
export function scanWorkbookShape(text: string, limits: ShapeLimits): ShapeExcess | undefined {
  const stack: number[] = [];
  let tabsLevel = -1; // the stack depth inside an open tabs object
  let valuesLevel = -1; // the stack depth inside an open compact.values array
  let key1 = ''; // the last key of the top-level object
  let key2 = ''; // the last key of an object inside it
  let tab = '';
  let where: TabsPath = PLAIN_TABS;
  let tabs = 0;
  let rows = 0;
  let cells = 0;
  let values = 0;
  let expectKey = false;
  let expectCell = false;
  let expectValue = false;
  /** Counts the element starting here, at stack depth `depth`; true when a limit is passed. */
  const element = (depth: number): boolean => {
    if (expectCell && depth === tabsLevel + 2) {
      expectCell = false;
      return ++cells > limits.cells;
    }
    if (expectValue && depth === valuesLevel) {
      expectValue = false;
      return ++values > limits.cells;
    }
    return false;
  };
  const excess = (): ShapeExcess =>
    values > limits.cells
      ? { limit: 'values', count: values }
      : { limit: 'cells', tabs: where, tab, count: cells };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch <= 32) continue; // whitespace
    if (ch === QUOTE) {
      const end = stringEnd(text, i);
      const depth = stack.length;
      if (expectKey && stack[depth - 1] === OPEN_OBJECT) {
        const key = depth <= 2 || depth === tabsLevel ? safeKey(text.slice(i + 1, end)) : '';
        if (depth === 1) key1 = key;
        else if (depth === 2) key2 = key;
        if (depth === tabsLevel) {
          tab = key;
          rows = 0;
          if (++tabs > limits.tabs) return { limit: 'tabs', tabs: where, count: tabs };
        }
        expectKey = false;
      } else if (element(depth)) return excess();
      i = end;
      continue;
    }
    if (ch === OPEN_OBJECT || ch === OPEN_ARRAY) {
      const depth = stack.length;
      if (element(depth)) return excess();
      if (ch === OPEN_OBJECT && tabsLevel < 0 && opensTabs(depth, key1, key2)) {
        tabsLevel = depth + 1;
        where = depth === 1 ? PLAIN_TABS : COMPACT_TABS;
      }
      if (ch === OPEN_ARRAY && depth === 2 && key1 === 'compact' && key2 === 'values') {
        valuesLevel = depth + 1;
        expectValue = true;
      }
      if (ch === OPEN_ARRAY && tabsLevel > 0 && depth === tabsLevel + 1) {
        if (++rows > limits.rows) return { limit: 'rows', tabs: where, tab, count: rows };
        // a row of numbers and nulls (every row of a compact workbook): counted in one pass
        const end = numericRowEnd(text, i + 1);
        if (end > 0) {
          cells += rowCells;
          if (cells > limits.cells) return { limit: 'cells', tabs: where, tab, count: cells };
          i = end; // its `]`
          continue;
        }
        expectCell = true;
      }
      stack.push(ch);
      expectKey = ch === OPEN_OBJECT;
      continue;
    }
    if (ch === CLOSE_OBJECT || ch === CLOSE_ARRAY) {
      stack.pop();
      if (stack.length < tabsLevel) tabsLevel = -1;
      if (stack.length < valuesLevel) valuesLevel = -1;
      expectCell = false;
      expectValue = false;
      continue;
    }
    if (ch === COMMA) {
      const depth = stack.length;
      if (stack[depth - 1] === OPEN_OBJECT) expectKey = true;
      else if (depth === tabsLevel + 2) expectCell = true;
      else if (depth === valuesLevel) expectValue = true;
      continue;
    }
    if (ch === COLON) continue;
    // a number, true, false or null: counted once, then skipped to its end
    if (element(stack.length)) return excess();
    while (i + 1 < text.length && !ENDS_SCALAR[text.charCodeAt(i + 1)]) i++;
  }
  return undefined;
}

/** Numerals' characters (digits, sign, point, exponent) and whitespace: what a numeric row holds besides commas and null. */
const IN_NUMBER = new Uint8Array(128);
for (const ch of '0123456789+-.eE \t\n\r') IN_NUMBER[ch.charCodeAt(0)] = 1;

/** The cells of the row numericRowEnd last measured (a variable, not an object per row). */
let rowCells = 0;

/**
 * The index of the `]` of a row holding only numbers and nulls, from just
 * after its `[`, its cell count left in rowCells; -1 for any other row (the
 * caller then counts it element by element). Counts a cell per comma plus
 * one, so a malformed row is over-counted, never under-counted.
 */
function numericRowEnd(text: string, from: number): number {
  let commas = 0;
  let filled = false;
  for (let j = from; j < text.length; j++) {
    const ch = text.charCodeAt(j);
    if (ch < 128 && IN_NUMBER[ch] === 1) {
      if (ch > 32) filled = true;
    } else if (ch === COMMA) commas++;
    else if (ch === CLOSE_ARRAY) {
      rowCells = filled || commas > 0 ? commas + 1 : 0;
      return j;
    } else if (ch === 110 && text.startsWith('null', j)) {
      filled = true;
      j += 3;
    } else return -1;
  }
  return -1;
}

/** An object opening at `depth` holds tabs: the top level's `tabs`, or `compact.tabs`. */
const opensTabs = (depth: number, key1: string, key2: string) =>
  (depth === 1 && key1 === 'tabs') || (depth === 2 && key1 === 'compact' && key2 === 'tabs');

/** The index of the closing quote of the string opening at `start`. */
function stringEnd(text: string, start: number): number {
  let at = start + 1;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote < 0) return text.length;
    let slashes = 0;
    while (text.charCodeAt(quote - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return quote;
    at = quote + 1;
  }
}

/** A key as written (escapes kept), cut short: only for messages and the `tabs` match. */
const safeKey = (raw: string) => raw.slice(0, 100);
