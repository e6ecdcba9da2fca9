/**
 * A1 notation: the one place that turns row/column numbers into addresses.
 * @module
 */

/** 1 -> A, 26 -> Z, 27 -> AA. */
export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** AA -> 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Quotes a tab name when A1 notation needs it (spaces, punctuation). */
export function quoteTab(tab: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(tab) ? tab : `'${tab.replace(/'/g, "''")}'`;
}

/** Always quotes a tab name, as the Sheets API accepts in every range: `O'Brien` -> `'O''Brien'`. */
export function quotedTab(tab: string): string {
  return `'${tab.replace(/'/g, "''")}'`;
}

/** `'O''Brien'` -> `O'Brien`; a name without quotes is returned as it is. */
export function unquoteTab(tab: string): string {
  return /^'.*'$/.test(tab) ? tab.slice(1, -1).replace(/''/g, "'") : tab;
}

/**
 * Splits a reference at its last `!`: `'Data availability'!A2` -> {tab: 'Data availability', range: 'A2'};
 * a reference without `!` is a range alone (tab undefined).
 */
export function splitA1(ref: string): { tab?: string; range: string } {
  const bang = ref.lastIndexOf('!');
  if (bang < 0) return { range: ref };
  return { tab: unquoteTab(ref.slice(0, bang)), range: ref.slice(bang + 1) };
}

/** `a1('Indicators', 14, 6)` -> `Indicators!F14` (1-based row and column). */
export function a1(tab: string, row: number, column: number): string {
  return `${quoteTab(tab)}!${columnLetter(column)}${row}`;
}

/** `rangeA1(1, 1, 3, 2)` -> `A1:B3` (top row, left column, bottom row, right column). */
export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  return `${columnLetter(left)}${top}:${columnLetter(right)}${bottom}`;
}

export interface CellRef {
  row: number;
  column: number;
}

/** `B7` -> {row: 7, column: 2}; undefined when not a cell reference. */
export function parseCell(ref: string): CellRef | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return undefined;
  return { row: Number(m[2]), column: columnNumber(m[1]!) };
}

/** `A1:F20` -> its corners; a single cell gives a 1x1 range. */
export function parseRange(range: string): { start: CellRef; end: CellRef } | undefined {
  const [from, to = from] = range.split(':');
  const start = from ? parseCell(from) : undefined;
  const end = to ? parseCell(to) : undefined;
  return start && end ? { start, end } : undefined;
}
