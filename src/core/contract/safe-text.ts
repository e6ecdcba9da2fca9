/**
 * Text written back into a sheet must never run as a formula, even in a
 * writer that parses input. The rule (after OWASP's CSV-injection advice):
 * text whose first non-blank character is = + - @ (or their full-width
 * forms), or that starts with a tab or carriage return, gets a leading
 * apostrophe. Excel, LibreOffice and Sheets all read `'=A1` as the text
 * `=A1` typed literally, and it stays visible in RAW writes, so a reader can
 * tell it apart from a formula. Adapters still write values RAW.
 * @module
 */

const TRIGGER = /^[\t\r]|^[ \u00a0]*[=+\-@\uff1d\uff0b\uff0d\uff20]/;

/** True when a spreadsheet that parses input could treat `value` as a formula. */
export function startsLikeFormula(value: string): boolean {
  return TRIGGER.test(value);
}

/**
 * Makes user text safe to write into a sheet.
 * @example safeText('=HYPERLINK("x")'); // => `'=HYPERLINK("x")`
 * @example safeText('Mexico'); // => 'Mexico'
 */
export function safeText(value: string): string {
  return startsLikeFormula(value) ? `'${value}` : value;
}
