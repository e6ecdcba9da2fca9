/**
 * Grids (plus optional layout per tab) -> .xlsx bytes. Used for new templates
 * and for the example; the document dates are fixed so output is reproducible.
 * @module
 */
import ExcelJS from 'exceljs';
import { rangeA1 } from '../../core/contract/a1.ts';
import type { GeneratedTab, Patch } from '../../core/contract/patch.ts';
import type { CellValue, Workbook } from '../../core/contract/workbook.ts';
import { addTab, writePatch } from './apply-write-back.ts';
import { toCellValue } from './cell-value.ts';

export interface WriteXlsxOptions {
  layout?: GeneratedTab[];
  /** Extra patches (formats, notes) applied after the values, e.g. a template's header styles. */
  patches?: Patch[];
  /** Written as the document's created/modified date. */
  date?: Date;
}

export function buildExcel(workbook: Workbook, options: WriteXlsxOptions = {}): ExcelJS.Workbook {
  const excel = new ExcelJS.Workbook();
  const date = options.date ?? new Date(0);
  excel.creator = 'Corridor Monitor';
  excel.created = date;
  excel.modified = date;
  for (const [name, rows] of Object.entries(workbook.tabs)) {
    const layout = options.layout?.find((t) => t.name === name) ?? { name, frozenRows: 0 };
    const sheet = addTab(excel, layout, name);
    const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
    if (rows.length === 0 || width === 0) continue;
    const values: CellValue[][] = rows.map((r) =>
      Array.from({ length: width }, (_, c) => toCellValue(r[c])),
    );
    writePatch(sheet, { tab: name, range: rangeA1(1, 1, rows.length, width), values });
  }
  for (const patch of options.patches ?? []) {
    const sheet = excel.getWorksheet(patch.tab);
    if (sheet) writePatch(sheet, patch);
  }
  return excel;
}

export async function toXlsxBytes(excel: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await excel.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export async function writeXlsx(
  workbook: Workbook,
  options: WriteXlsxOptions = {},
): Promise<Uint8Array> {
  return toXlsxBytes(buildExcel(workbook, options));
}
