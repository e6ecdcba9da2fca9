/** Numbers for CSV: shortest round-trip text, missing as an empty cell. @module */

/**
 * @param v - a value, NaN = missing
 * @returns the cell text
 * @example formatNumber(0.1 + 0.2) // => '0.30000000000000004'
 */
export function formatNumber(v: number): string {
  return Number.isNaN(v) ? '' : String(v);
}
