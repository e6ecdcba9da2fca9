/**
 * Warns about text cells that a spreadsheet could run as a formula
 * (first character = + - @). Corridor Monitor keeps them as text.
 * @module
 */
import { a1 } from '../contract/a1.ts';
import { type Issue, issue } from '../contract/issue.ts';
import { startsLikeFormula } from '../contract/safe-text.ts';
import { readNumber } from './cells.ts';
import { cellsOf, findTab } from './sheet.ts';

export function checkFormulaText(
  workbook: unknown,
  tabs: readonly string[],
  issues: Issue[],
): void {
  for (const name of tabs) {
    const tab = findTab(workbook, name);
    if (!tab) continue;
    tab.rows.forEach((row, r) => {
      cellsOf(row).forEach((cell, c) => {
        if (typeof cell !== 'string' || !startsLikeFormula(cell) || readNumber(cell).ok) return;
        issues.push(
          issue(
            'formula_text',
            a1(tab.name, r + 1, c + 1),
            `${tab.name} expects plain text, found ${JSON.stringify(cell.length > 40 ? `${cell.slice(0, 37)}...` : cell)} which starts like a formula; it is kept as text and never run`,
            'warning',
          ),
        );
      });
    });
  }
}
