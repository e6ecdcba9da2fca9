/**
 * Reading one cell: cells may hold anything (null, '', text, numbers,
 * booleans, objects), so every reader here returns a value or a reason,
 * never throws.
 *
 * Numbers written as text are read when they are plain (`12.5`, `-3`,
 * `1e6`, blanks around allowed). Text with thousands separators (`1,234`,
 * `1 234`), decimal commas or `%` is rejected: `1,234` means 1234 in one
 * locale and 1.234 in another, so guessing could silently change a value.
 * @module
 */

export type CellResult<T> = { ok: true; value: T } | { ok: false; found: string };

const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** True for null, undefined, '' and text of blanks only. */
export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** How a cell is shown in a message: text quoted, numbers plain, `an empty cell`. */
export function describeCell(v: unknown): string {
  if (isBlank(v)) return 'an empty cell';
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
  if (typeof v === 'number')
    return Number.isFinite(v) ? String(v) : `the non-finite number ${String(v)}`;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return 'a date';
  if (Array.isArray(v)) return 'a list';
  return `a value of type ${typeof v}`;
}

/** Text of a text or number cell, trimmed; blanks give ''. */
export function readText(v: unknown): CellResult<string> {
  if (isBlank(v)) return { ok: true, value: '' };
  if (typeof v === 'string') return { ok: true, value: v.trim() };
  if (typeof v === 'number' && Number.isFinite(v)) return { ok: true, value: String(v) };
  return { ok: false, found: describeCell(v) };
}

/** A finite number from a number cell or a plain numeric text. */
export function readNumber(v: unknown): CellResult<number> {
  if (typeof v === 'number')
    return Number.isFinite(v) ? { ok: true, value: v } : { ok: false, found: describeCell(v) };
  if (typeof v === 'string' && PLAIN_NUMBER.test(v.trim())) {
    const n = Number(v.trim());
    if (Number.isFinite(n)) return { ok: true, value: n };
  }
  return { ok: false, found: describeCell(v) };
}

/** True for text a spreadsheet would show as a number with separators, e.g. `1,234.5`. */
export function looksGrouped(v: unknown): boolean {
  return typeof v === 'string' && /^[+-]?\d{1,3}(?:[,\u00a0 ']\d{3})+(?:\.\d+)?$/.test(v.trim());
}

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** A whole year from 1900 to 2100, from a number or numeric text. */
export function readYear(v: unknown): CellResult<number> {
  const n = readNumber(v);
  if (n.ok && Number.isInteger(n.value) && n.value >= MIN_YEAR && n.value <= MAX_YEAR) return n;
  return { ok: false, found: describeCell(v) };
}
