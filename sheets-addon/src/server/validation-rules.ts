/**
 * Turns the API's DataValidationRule into Apps Script data validation.
 * Apps Script has no whole-number criterion, so that one is a custom formula.
 * @module
 */
import { columnLetter, parseRange } from '../../../src/core/contract/a1.ts';
import type { DataValidationRule } from '../../../src/core/contract/patch.ts';
import { AddonError } from './addon-error.ts';
import { ensureSize } from './apply-patch.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Builder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

function numberCriterion(builder: Builder, rule: DataValidationRule): Builder {
  const { min, max } = rule;
  if (min !== undefined && max !== undefined) return builder.requireNumberBetween(min, max);
  if (min !== undefined) return builder.requireNumberGreaterThanOrEqualTo(min);
  if (max !== undefined) return builder.requireNumberLessThanOrEqualTo(max);
  return builder.requireNumberGreaterThanOrEqualTo(-Number.MAX_VALUE);
}

function wholeFormula(topLeft: string, rule: DataValidationRule): string {
  const parts = [`ISNUMBER(${topLeft})`, `${topLeft}=INT(${topLeft})`];
  if (rule.min !== undefined) parts.push(`${topLeft}>=${rule.min}`);
  if (rule.max !== undefined) parts.push(`${topLeft}<=${rule.max}`);
  return `=AND(${parts.join(',')})`;
}

export function applyValidation(sheet: Sheet, rule: DataValidationRule): void {
  const corners = parseRange(rule.range);
  if (!corners)
    throw new AddonError(
      `The API sent a data validation with an unreadable range "${rule.range}".`,
    );
  ensureSize(sheet, corners.end.row, corners.end.column);
  const range = sheet.getRange(rule.range);
  let builder = SpreadsheetApp.newDataValidation();
  if (rule.kind === 'list' && rule.sourceRange) {
    builder = builder.requireValueInRange(sheet.getParent().getRange(rule.sourceRange), true);
  } else if (rule.kind === 'list') {
    builder = builder.requireValueInList(rule.values ?? [], true);
  } else if (rule.kind === 'decimal') {
    builder = numberCriterion(builder, rule);
  } else {
    const topLeft = `${columnLetter(corners.start.column)}${corners.start.row}`;
    builder = builder.requireFormulaSatisfied(wholeFormula(topLeft, rule));
  }
  builder = builder.setAllowInvalid(rule.strict === false);
  if (rule.message) builder = builder.setHelpText(rule.message);
  range.setDataValidation(builder.build());
}
