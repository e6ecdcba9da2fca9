/**
 * CSV in and out (RFC 4180, UTF-8), on papaparse so every path parses alike.
 * Numbers stay strings here: callers parse them at full precision themselves.
 * @module
 */
import Papa from 'papaparse';

/** Parses CSV text into rows of strings; a trailing empty line is dropped. */
export function parseCsv(text: string): string[][] {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(clean, { skipEmptyLines: false });
  const rows = parsed.data;
  while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c === '')) rows.pop();
  return rows;
}

/** Writes rows as CSV with CRLF line ends; null and undefined become empty cells. */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  const text = Papa.unparse(
    rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : c))),
    { newline: '\r\n' },
  );
  return `${text}\r\n`;
}
