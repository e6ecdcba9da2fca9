/**
 * CSV in and out (RFC 4180, UTF-8), on papaparse so every path parses alike.
 * Numbers stay strings here: callers parse them at full precision themselves.
 * @module
 */
import Papa from 'papaparse';
import { safeText, startsLikeFormula } from './safe-text.ts';

/** Numbers written as text (`-3.5`, `1e-6`, `-Infinity`) are data, not formulas. */
const NUMERAL = /^\s*[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|Infinity)\s*$/;

/**
 * The one formula neutraliser for every CSV the project writes: text a
 * spreadsheet would run as a formula gets a leading apostrophe (safeText);
 * numbers, and text that is a plain numeral, stay as they are.
 * @example csvCell('=HYPERLINK("x")'); // => `'=HYPERLINK("x")`
 * @example csvCell('-3.5'); // => '-3.5'
 */
export function csvCell(c: unknown): unknown {
  if (c === null || c === undefined) return '';
  return typeof c === 'string' && startsLikeFormula(c) && !NUMERAL.test(c) ? safeText(c) : c;
}

/** Parses CSV text into rows of strings; a trailing empty line is dropped. */
export function parseCsv(text: string): string[][] {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(clean, { skipEmptyLines: false });
  const rows = parsed.data;
  while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c === '')) rows.pop();
  return rows;
}

/** Writes rows as CSV with CRLF line ends; null and undefined become empty cells; formula-like text is neutralised. */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  const text = Papa.unparse(
    rows.map((r) => r.map(csvCell)),
    { newline: '\r\n' },
  );
  return `${text}\r\n`;
}
