/**
 * One input tab as the generator produces it: its rows, its layout and its
 * cell notes. `build-template.ts` turns these into a workbook and patches.
 * @module
 */
import type { CellFormat, DataValidationRule, GeneratedTab } from '../../contract/patch.ts';
import type { CellValue } from '../../contract/workbook.ts';

export interface TabBuild {
  tab: GeneratedTab;
  rows: CellValue[][];
  /** Notes by [row index, column index] (0-based into `rows`). */
  notes?: { row: number; column: number; text: string }[];
  /** Format of the first row; input tabs use the header format. */
  headerFormat?: CellFormat;
  /** Formats of single cells by [row index, column index] (0-based into `rows`), e.g. pre-filled values. */
  cellFormats?: { row: number; column: number; format: CellFormat }[];
}

export const HEADER_FORMAT: CellFormat = { bold: true, background: '#1F4E79', color: '#FFFFFF' };
export const INPUT_TAB_COLOUR = '#2E75B6';

/**
 * Named cell styles of the template, as formats every adapter writes. A
 * `prefilled` cell holds an open-data value the team may keep or replace; a
 * cell the team must fill has no style.
 */
export const CELL_STYLES = {
  prefilled: { background: '#E2EFDA', color: '#375623', italic: true },
  ledgerGap: { background: '#FCE4D6', color: '#833C0B' },
} as const satisfies Record<string, CellFormat>;
export type CellStyleName = keyof typeof CELL_STYLES;
/** Spare rows below the prefilled ones that keep drop-downs and rules. */
export const SPARE_ROWS = 200;

/** Merges consecutive rows with identical list options into one rule per run. */
export function listRulesByRun(
  column: string,
  firstRow: number,
  optionsPerRow: readonly (readonly string[])[],
  message: (options: readonly string[]) => string,
): DataValidationRule[] {
  const rules: DataValidationRule[] = [];
  let start = 0;
  for (let i = 1; i <= optionsPerRow.length; i++) {
    const prev = optionsPerRow[start]!;
    const cur = optionsPerRow[i];
    if (cur && cur.join('\u0000') === prev.join('\u0000')) continue;
    const top = firstRow + start;
    const bottom = firstRow + i - 1;
    rules.push({
      range: top === bottom ? `${column}${top}` : `${column}${top}:${column}${bottom}`,
      kind: 'list',
      values: [...prev],
      message: message(prev),
      strict: true,
    });
    start = i;
  }
  return rules;
}
