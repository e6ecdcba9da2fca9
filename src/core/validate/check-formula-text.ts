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
  // '' first: charCodeAt past the end gives NaN, a slower path in optimised loops
  if (text.length === 0) return false;
  const c = text.charCodeAt(0);
  // letters and most text start above @ (64): two comparisons settle them
  if (c > 64)
    return (
      c === 0xa0 || (c >= 0xff0b && (c === 0xff0b || c === 0xff0d || c === 0xff1d || c === 0xff20))
    );
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 32 || c === 9 || c === 13;
}

/**
 * True when checkFormulaText has nothing to say about the row: each text cell either cannot
 * start a formula (mayStartFormula) or is a number (`-3`). A reader that has the row's cells
 * at hand asks this, and the check need not visit the row again.
 */
export function plainRow(row: readonly unknown[]): boolean {
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (typeof cell === 'string' && mayStartFormula(cell) && finiteNumber(cell) === undefined)
      return false;
  }
  return true;
}

/**
 * A `formula_text` warning for each text cell of the tabs that starts like a formula, tab by tab,
 * row by row. `plain` may give, per tab name, the data rows (index 0 = sheet row 2) a reader
 * found plain (1, see plainRow): those are skipped.
 */
export function checkFormulaText(
  workbook: unknown,
  tabs: readonly string[],
  issues: Issue[],
  plain?: ReadonlyMap<string, Uint8Array>,
): void {
  for (const name of tabs) {
    const tab = findTab(workbook, name);
    if (!tab) continue;
    const rows = tab.rows;
    const plainRows = plain?.get(name);
    for (let r = 0; r < rows.length; r++) {
      if (plainRows !== undefined && r > 0 && plainRows[r - 1] === 1) continue;
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
