/**
 * Drop-downs and numeric rules, cell by cell (exceljs squeezes them back
 * into ranges when it writes).
 * @module
 */
import type ExcelJS from 'exceljs';
import { parseRange } from '../../core/contract/a1.ts';
import type { DataValidationRule } from '../../core/contract/patch.ts';

/** Excel caps an inline list at 255 characters; longer lists need a source range. */
const INLINE_LIST_MAX = 255;

export function toExcelValidation(rule: DataValidationRule): ExcelJS.DataValidation | undefined {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: rule.strict === false ? 'warning' : 'stop',
    ...(rule.message ? { error: rule.message, errorTitle: 'Corridor Monitor' } : {}),
  } as const;
  if (rule.kind === 'list') {
    const inline = rule.values ? `"${rule.values.join(',')}"` : undefined;
    const formula = inline && inline.length <= INLINE_LIST_MAX ? inline : rule.sourceRange;
    if (!formula) return undefined;
    return { type: 'list', formulae: [formula], ...common };
  }
  return {
    type: rule.kind,
    operator: 'between',
    formulae: [rule.min ?? -1e15, rule.max ?? 1e15],
    ...common,
  };
}

export function applyValidations(sheet: ExcelJS.Worksheet, rules: DataValidationRule[]): void {
  for (const rule of rules) {
    const validation = toExcelValidation(rule);
    const range = parseRange(rule.range);
    if (!validation || !range) continue;
    for (let r = range.start.row; r <= range.end.row; r++) {
      for (let c = range.start.column; c <= range.end.column; c++) {
        sheet.getCell(r, c).dataValidation = validation;
      }
    }
  }
}
