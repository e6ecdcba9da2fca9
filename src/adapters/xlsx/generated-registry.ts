/**
 * Which tabs Corridor Monitor generated, kept in a very hidden tab: the xlsx
 * counterpart of Sheets developer metadata, so a user's own tab that happens
 * to be called "Ranking" is never taken for ours.
 * @module
 */
import type ExcelJS from 'exceljs';
import { GENERATED_REGISTRY } from '../../core/contract/generated-names.ts';

export { GENERATED_REGISTRY };

export function readRegistry(excel: ExcelJS.Workbook): Set<string> {
  const sheet = excel.getWorksheet(GENERATED_REGISTRY);
  const names = new Set<string>();
  if (!sheet) return names;
  sheet.eachRow((row, r) => {
    const v = row.getCell(1).value;
    if (r > 1 && typeof v === 'string') names.add(v);
  });
  return names;
}

export function writeRegistry(excel: ExcelJS.Workbook, names: string[]): void {
  const old = excel.getWorksheet(GENERATED_REGISTRY);
  if (old) excel.removeWorksheet(old.id);
  const sheet = excel.addWorksheet(GENERATED_REGISTRY, { state: 'veryHidden' });
  sheet.getCell(1, 1).value = 'generated_tab';
  names.forEach((n, i) => {
    sheet.getCell(i + 2, 1).value = n;
  });
}
