/**
 * Reads an .xlsx into the workbook contract. Never throws: a wrong, protected,
 * truncated or oversized file comes back as a clear error value.
 * @module
 */
import ExcelJS from 'exceljs';
import type { CellValue, Workbook } from '../../core/contract/workbook.ts';
import { toCellValue } from './cell-value.ts';
import { GENERATED_REGISTRY } from './generated-registry.ts';
import { sniff } from './sniff.ts';

export type ReadError = {
  code: 'too_large' | 'not_xlsx' | 'encrypted' | 'corrupt' | 'empty';
  message: string;
};
export type ReadResult =
  | { ok: true; workbook: Workbook; excel: ExcelJS.Workbook }
  | { ok: false; error: ReadError };

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export async function readXlsx(
  bytes: Uint8Array,
  name: string,
  maxBytes: number = DEFAULT_MAX_BYTES,
): Promise<ReadResult> {
  if (bytes.length > maxBytes) {
    return fail(
      'too_large',
      `${name} is ${mb(bytes.length)}, over the ${mb(maxBytes)} limit (raise it with --max-size, or split the observatory)`,
    );
  }
  const kind = sniff(bytes);
  if (kind === 'empty')
    return fail('empty', `${name} is empty (0 bytes); expected an .xlsx workbook`);
  if (kind === 'encrypted-or-xls') {
    return fail(
      'encrypted',
      `${name} is password-protected or an old .xls file; expected an unprotected .xlsx (remove the password, or save as .xlsx)`,
    );
  }
  if (kind !== 'xlsx')
    return fail(
      'not_xlsx',
      `${name} is not an .xlsx workbook (no zip signature); expected an .xlsx file or a folder of CSV tabs`,
    );
  const excel = new ExcelJS.Workbook();
  try {
    await excel.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return fail('corrupt', `${name} could not be read as .xlsx (truncated or corrupted?): ${why}`);
  }
  return { ok: true, workbook: toWorkbook(excel), excel };
}

function fail(code: ReadError['code'], message: string): ReadResult {
  return { ok: false, error: { code, message } };
}

/** Every visible tab as rows of cells, trailing empty cells kept to the used width. */
export function toWorkbook(excel: ExcelJS.Workbook): Workbook {
  const tabs: Record<string, CellValue[][]> = {};
  for (const sheet of excel.worksheets) {
    if (sheet.name === GENERATED_REGISTRY) continue;
    const rows: CellValue[][] = [];
    const width = sheet.actualColumnCount > 0 ? sheet.columnCount : 0;
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: CellValue[] = [];
      for (let c = 1; c <= width; c++) cells.push(toCellValue(row.getCell(c).value));
      rows.push(cells);
    }
    tabs[sheet.name] = rows;
  }
  return { tabs };
}
