/**
 * exceljs cell values -> the workbook contract's CellValue.
 * Formulas give their cached result; rich text and hyperlinks give their text.
 * @module
 */
import type { CellValue } from '../../core/contract/workbook.ts';

/** A date at midnight UTC reads as `YYYY-MM-DD`, any other time as a full ISO string. */
function fromDate(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

export function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
    return value;
  if (value instanceof Date) return fromDate(value);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('result' in v || 'formula' in v || 'sharedFormula' in v) return toCellValue(v.result);
    if (Array.isArray(v.richText)) {
      return (v.richText as { text?: unknown }[]).map((r) => String(r.text ?? '')).join('');
    }
    if ('text' in v) return toCellValue(v.text);
    if ('error' in v) return String(v.error);
  }
  return String(value);
}
