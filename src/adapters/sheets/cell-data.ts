/**
 * Core cell values and formats in the Sheets API's typed shapes. Strings go
 * in as stringValue, so a value like `=IMPORTXML(...)` stays text (RAW).
 * @module
 */
import type { sheets_v4 } from '@googleapis/sheets';
import type { CellFormat } from '../../core/contract/patch.ts';
import type { CellValue } from '../../core/contract/workbook.ts';

type CellData = sheets_v4.Schema$CellData;
type ColorStyle = sheets_v4.Schema$ColorStyle;

/** `#1F77B4` -> an rgbColor style with 0-1 channels. */
export function colour(hex: string): ColorStyle {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return { rgbColor: { red: 0, green: 0, blue: 0 } };
  const ch = (s: string) => Math.round((parseInt(s, 16) / 255) * 1000) / 1000;
  return { rgbColor: { red: ch(m[1]!), green: ch(m[2]!), blue: ch(m[3]!) } };
}

export function extendedValue(value: CellValue): sheets_v4.Schema$ExtendedValue | undefined {
  if (value === null || value === '') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? { numberValue: value } : undefined;
  if (typeof value === 'boolean') return { boolValue: value };
  return { stringValue: value };
}

export function cellFormat(f: CellFormat): sheets_v4.Schema$CellFormat {
  const out: sheets_v4.Schema$CellFormat = {};
  if (f.numberFormat)
    out.numberFormat = {
      type: f.numberFormat.includes('%') ? 'PERCENT' : 'NUMBER',
      pattern: f.numberFormat,
    };
  if (f.background) out.backgroundColorStyle = colour(f.background);
  if (f.wrap) out.wrapStrategy = 'WRAP';
  if (f.align) out.horizontalAlignment = f.align.toUpperCase();
  const text: sheets_v4.Schema$TextFormat = {};
  if (f.bold) text.bold = true;
  if (f.italic) text.italic = true;
  if (f.color) text.foregroundColorStyle = colour(f.color);
  if (Object.keys(text).length > 0) out.textFormat = text;
  return out;
}

export function cellData(
  value: CellValue,
  format?: CellFormat | null,
  note?: string | null,
): CellData {
  const out: CellData = {};
  const v = extendedValue(value);
  if (v) out.userEnteredValue = v;
  if (format) out.userEnteredFormat = cellFormat(format);
  if (note) out.note = note;
  return out;
}
