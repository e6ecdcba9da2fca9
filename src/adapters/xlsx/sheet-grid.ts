/**
 * A sheet's rows finished as the user sees them: merged ranges keep their
 * value in the top-left cell only, and rows are padded to the used width.
 * @module
 */
import type { CellValue } from '../../core/contract/workbook.ts';
import { count } from '../../core/limits/grid-limits.ts';
import { LimitBreach, type ReadLimits } from './read-limits.ts';
import { parseRef } from './sheet-cells.ts';

/** Rows filled to the tab's used width with empty cells, as a spreadsheet shows them, when that stays within the cells limit. */
export function padded(rows: CellValue[][], limits: ReadLimits): CellValue[][] {
  let width = 0;
  for (let r = 0; r < rows.length; r++) {
    if (!rows[r]) rows[r] = [];
    width = Math.max(width, rows[r]!.length);
  }
  if (rows.length * width > limits.cells) return rows;
  for (const cells of rows) while (cells.length < width) cells.push(null);
  return rows;
}

/** In each merged range only the top-left cell keeps its value, as the user sees it. */
export function clearMerged(
  tab: string,
  rows: CellValue[][],
  merges: readonly string[],
  limits: ReadLimits,
) {
  let area = 0;
  for (const ref of merges) {
    const [from, to] = ref.split(':');
    const a = from ? parseRef(from) : undefined;
    const b = to ? parseRef(to) : undefined;
    if (!a || !b) continue;
    const lastRow = Math.min(b.row, rows.length);
    area +=
      Math.max(0, lastRow - a.row + 1) * Math.max(0, Math.min(b.column, 16_384) - a.column + 1);
    if (area > limits.cells)
      throw new LimitBreach(
        tab,
        `${count(limits.cells)} cells in merged ranges`,
        'merged ranges covering more',
      );
    for (let r = a.row; r <= lastRow; r++) {
      const cells = rows[r - 1];
      if (!cells) continue;
      const lastColumn = Math.min(b.column, cells.length);
      for (let c = a.column; c <= lastColumn; c++) {
        if (r !== a.row || c !== a.column) cells[c - 1] = null;
      }
    }
  }
}
