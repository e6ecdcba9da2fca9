/**
 * The contract's CellFormat as exceljs styles.
 * @module
 */
import type ExcelJS from 'exceljs';
import type { CellFormat } from '../../core/contract/patch.ts';

export const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

export function applyFormat(cell: ExcelJS.Cell, format: CellFormat): void {
  if (format.numberFormat) cell.numFmt = format.numberFormat;
  if (format.bold || format.italic || format.color) {
    cell.font = {
      ...(format.bold ? { bold: true } : {}),
      ...(format.italic ? { italic: true } : {}),
      ...(format.color ? { color: { argb: argb(format.color) } } : {}),
    };
  }
  if (format.background) {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(format.background) } };
  }
  if (format.wrap || format.align) {
    cell.alignment = {
      ...(format.wrap ? { wrapText: true } : {}),
      ...(format.align ? { horizontal: format.align } : {}),
    };
  }
}
