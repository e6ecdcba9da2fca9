/** Number parsing for COINr CSV cells, at full precision. @module */

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Empty, "NA" and "NaN" are missing (NaN). Anything else must be a decimal
 * number; JavaScript's Number() rounds correctly, so near-ties such as
 * 5.0999999999999996 and 5.1000000000000005 stay distinct.
 * @param text - the cell text
 * @returns the value, NaN for missing, or undefined when not a number
 * @example parseCell('5.1000000000000005') // => 5.1000000000000005
 */
export function parseCell(text: string): number | undefined {
  const t = text.trim();
  if (t === '' || t === 'NA' || t === 'NaN') return Number.NaN;
  return NUMBER.test(t) ? Number(t) : undefined;
}
