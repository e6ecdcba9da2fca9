/**
 * Reads the template: every tab the add-on did not generate, each with one
 * getDataRange().getValues() call. Dates go out as ISO strings.
 * @module
 */
import type { Workbook } from '../../../src/core/contract/workbook.ts';
import { isOurs } from './generated-tabs.ts';

function cell(value: unknown): unknown {
  // instanceof fails across realms; the tag does not.
  return Object.prototype.toString.call(value) === '[object Date]'
    ? (value as Date).toISOString()
    : value;
}

export function readInputTabs(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Workbook {
  const tabs: Workbook['tabs'] = {};
  for (const sheet of spreadsheet.getSheets()) {
    if (isOurs(sheet)) continue;
    const values = sheet.getDataRange().getValues();
    tabs[sheet.getName()] = values.map((row) => row.map(cell));
  }
  return { tabs };
}
