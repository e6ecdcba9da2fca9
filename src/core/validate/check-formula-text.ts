/**
 * Warns about text cells that a spreadsheet could run as a formula
 * (first character = + - @). Corridor Monitor keeps them as text.
 * @module
 */
import { a1 } from '../contract/a1.ts';
import { type Issue, issue } from '../contract/issue.ts';
import { startsLikeFormula } from '../contract/safe-text.ts';
import { finiteNumber } from './cells.ts';
import { cellsOf, findTab } from './sheet.ts';

/**
 * False when the first character cannot start a formula trigger, so startsLikeFormula
 * is false too (it flags only texts starting with tab, return, blanks, = + - @ or their
 * full-width forms): a cheap test before the pattern, for hot loops.
 * @example mayStartFormula('Mexico'); // => false
 */
export function mayStartFormula(text: string): boolean {
  const c = text.charCodeAt(0);
  // letters and most text start above @ (64): two comparisons settle them
  if (c > 64)
    return (
      c === 0xa0 || (c >= 0xff0b && (c === 0xff0b || c === 0xff0d || c === 0xff1d || c === 0xff20))
    );
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 32 || c === 9 || c === 13;
}

export function checkFormulaText(
  workbook: unknown,
  tabs: readonly string[],
  issues: Issue[],
): void {
  for (const name of tabs) {
    const tab = findTab(workbook, name);
    if (!tab) continue;
    const rows = tab.rows;
    for (let r = 0; r < rows.length; r++) {
      const cells = cellsOf(rows[r]);
      for (let c = 0; c < cells.length; c++) {
        const cell = cells[c];
        if (typeof cell !== 'string' || !mayStartFormula(cell)) continue;
        if (!startsLikeFormula(cell) || finiteNumber(cell) !== undefined) continue;
        issues.push(
          issue(
            'formula_text',
            a1(tab.name, r + 1, c + 1),
            `${tab.name} expects plain text, found ${JSON.stringify(cell.length > 40 ? `${cell.slice(0, 37)}...` : cell)} which starts like a formula; it is kept as text and never run`,
            'warning',
          ),
        );
      }
    }
  }
}
