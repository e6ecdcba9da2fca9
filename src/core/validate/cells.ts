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
  if (v === null || v === undefined) return true;
  if (typeof v !== 'string') return false;
  // text starting with a printable ASCII character other than a blank is not blank, without trim
  const c = v.length === 0 ? 0 : v.charCodeAt(0);
  return !(c > 32 && c < 127) && v.trim() === '';
}

/** At most this many characters of a cell are quoted in a message. */
export const QUOTE_CHARS = 80;

/** Text cut to {@link QUOTE_CHARS} characters, with `...` when cut. */
export function clip(text: string): string {
  return text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS - 3)}...` : text;
}

/**
 * A cell's text quoted for a message, at most about 80 characters.
 * @example quote('MEX-USA'); // => '"MEX-USA"'
 */
export function quote(v: unknown): string {
  return JSON.stringify(typeof v === 'string' ? clip(v) : v) ?? String(v);
}

/** How a cell is shown in a message: text quoted, numbers plain, `an empty cell`. */
export function describeCell(v: unknown): string {
  if (isBlank(v)) return 'an empty cell';
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number')
    return Number.isFinite(v) ? String(v) : `the non-finite number ${String(v)}`;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return 'a date';
  if (Array.isArray(v)) return 'a list';
  return `a value of type ${typeof v}`;
}

/** Whether a text starts and ends with a printable ASCII character other than a blank (trim keeps it whole). */
export function untrimmable(v: string): boolean {
  const n = v.length;
  if (n === 0) return false;
  const first = v.charCodeAt(0);
  const last = v.charCodeAt(n - 1);
  return first > 32 && first < 127 && last > 32 && last < 127;
}

/** Text of a text or number cell, trimmed; blanks give ''. */
export function readText(v: unknown): CellResult<string> {
  if (typeof v === 'string' && untrimmable(v)) return { ok: true, value: v };
  if (isBlank(v)) return { ok: true, value: '' };
  if (typeof v === 'string') return { ok: true, value: v.trim() };
  if (typeof v === 'number' && Number.isFinite(v)) return { ok: true, value: String(v) };
  return { ok: false, found: describeCell(v) };
}

/**
 * The finite number of a number cell or a plain numeric text, else undefined
 * (readNumber without the reason, for hot loops).
 * @example finiteNumber(' 12.5 '); // => 12.5
 */
export function finiteNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string') {
    const quick = plainDecimal(v);
    if (quick !== undefined) return quick;
    const t = v.trim();
    if (PLAIN_NUMBER.test(t)) {
      const n = Number(t);
      if (Number.isFinite(n)) return n;
    }
  }
  return undefined;
}

/** Exact powers of ten (10^22 is the largest a double holds exactly). */
const TENS = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * Number(text) for the commonest numeric text, `-12.5` (a sign, at most 15
 * digits, at most one point, nothing else), else undefined. The digits and
 * the power of ten are exact doubles, so one division gives the same
 * correctly rounded double as Number; a hot loop (numbers sent as text).
 */
function plainDecimal(text: string): number | undefined {
  const n = text.length;
  let i = 0;
  const first = text.charCodeAt(0);
  if (first === 45 || first === 43) i = 1; // - +
  let mantissa = 0;
  let digits = 0;
  let point = -1;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
    } else if (c === 46 && point < 0) point = i;
    else return undefined;
  }
  if (digits === 0 || digits > 15) return undefined;
  const decimals = point < 0 ? 0 : n - 1 - point;
  const size = decimals === 0 ? mantissa : mantissa / TENS[decimals]!;
  return first === 45 ? -size : size;
}

/** A finite number from a number cell or a plain numeric text. */
export function readNumber(v: unknown): CellResult<number> {
  const n = finiteNumber(v);
  return n === undefined ? { ok: false, found: describeCell(v) } : { ok: true, value: n };
}

/** True for text a spreadsheet would show as a number with separators, e.g. `1,234.5`. */
export function looksGrouped(v: unknown): boolean {
  return typeof v === 'string' && /^[+-]?\d{1,3}(?:[,\u00a0 ']\d{3})+(?:\.\d+)?$/.test(v.trim());
}

/** True for a number written with a decimal comma, e.g. `2,5` or `1.234,56`. */
export function looksDecimalComma(v: unknown): boolean {
  return (
    typeof v === 'string' &&
    /^[+-]?(?:\d{1,3}(?:[.\u00a0 ']\d{3})+|\d+),\d+$/.test(v.trim()) &&
    !/^[+-]?\d{1,3},\d{3}$/.test(v.trim())
  );
}

/** True for text standing in for a missing value: `n/a`, `NA`, `-`, `..`, `missing`. */
export function looksMissing(v: unknown): boolean {
  return (
    typeof v === 'string' &&
    /^(?:n\/?a|na|n\.a\.|-+|\.\.|…|missing|none|null|nd|n\/d)$/i.test(v.trim())
  );
}

/**
 * Why a text is not read as a number, for the message; '' when nothing more can be said.
 * @example numeralHint('1,234'); // => ' (write numbers without thousands separators)'
 */
export function numeralHint(v: unknown): string {
  if (looksGrouped(v)) return ' (write numbers without thousands separators)';
  if (looksDecimalComma(v)) return ' (write a decimal point, not a comma)';
  if (looksMissing(v)) return ' (leave the cell empty when there is no value)';
  return '';
}

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** A whole year from 1900 to 2100, from a number or numeric text. */
export function readYear(v: unknown): CellResult<number> {
  const n = readNumber(v);
  if (n.ok && Number.isInteger(n.value) && n.value >= MIN_YEAR && n.value <= MAX_YEAR) return n;
  return { ok: false, found: describeCell(v) };
}
