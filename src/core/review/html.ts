/** Formatting helpers of the review page (escaping is contract/html-escape.ts). @module */

/** A score or rank for people: one decimal, or an en dash when unknown. */
export const fmt = (v: number | null | undefined, digits = 1): string =>
  typeof v === 'number' && Number.isFinite(v) ? v.toFixed(digits) : '–';

/** Dimension ids as words: `flows_stocks` -> `Flows stocks`. */
export const words = (id: string): string =>
  (id.charAt(0).toUpperCase() + id.slice(1)).replace(/_/g, ' ');
