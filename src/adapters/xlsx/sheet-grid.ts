/**
 * A sheet's rows as the user sees them, built cell by cell within the limits
 * (characters per cell, cells in all tabs, merged ranges, the declared used
 * range), then finished: merged ranges keep their value in the top-left cell
 * only, and rows are padded to the used width.
 * @module
 */
import { a1 } from '../../core/contract/a1.ts';
import type { CellValue } from '../../core/contract/workbook.ts';
import { count, maxColumns } from '../../core/limits/grid-limits.ts';
import { LimitBreach, type ReadLimits } from './read-limits.ts';
import { parseRef } from './sheet-cells.ts';

/** The one line for a row past the rows limit. */
export const rowsBreach = (tab: string, limits: ReadLimits, found: string) =>
  new LimitBreach(
    tab,
    `${count(limits.rows)} rows per tab`,
    found,
    'delete the rows past the data, or split the tab',
  );

/** The used range Excel and LibreOffice declare up front: a far stray cell or a huge tab stops here, unread. */
export function checkUsedRange(tab: string, ref: string | undefined, limits: ReadLimits): void {
  const end = parseRef((ref ?? '').split(':').pop() ?? '');
  if (end && end.row > limits.rows)
    throw rowsBreach(tab, limits, `a used range down to row ${count(end.row)}`);
  const width = maxColumns(tab, limits);
  if (end && end.column > width) {
    throw new LimitBreach(
      tab,
      `${count(width)} columns for this tab`,
      `a used range out to column ${count(end.column)}`,
      'delete or move the stray cells',
    );
  }
}

export class SheetGrid {
  readonly rows: CellValue[][] = [];
  private readonly merges: string[] = [];

  constructor(
    private readonly tab: string,
    private readonly limits: ReadLimits,
    /** Cells read so far in the workbook, shared across tabs. */
    private readonly cells: { n: number },
  ) {}

  /** The value of the cell at `row`, `column` (1-based); empty values are not stored. */
  put(row: number, column: number, v: CellValue): void {
    if (v === null || v === '') return;
    const limits = this.limits;
    if (typeof v === 'string' && v.length > limits.cellChars) {
      throw new LimitBreach(
        a1(this.tab, row, column),
        `${count(limits.cellChars)} characters per cell`,
        `${count(v.length)} characters`,
      );
    }
    if (++this.cells.n > limits.cells) {
      throw new LimitBreach(
        this.tab,
        `${count(limits.cells)} cells with a value in all tabs`,
        `more than ${count(limits.cells)} cells`,
      );
    }
    const rows = this.rows;
    let cells = rows[row - 1];
    if (!cells) {
      while (rows.length < row - 1) rows.push([]);
      cells = [];
      rows[row - 1] = cells;
    }
    while (cells.length < column - 1) cells.push(null);
    cells[column - 1] = v;
  }

  /** A merged range (`F3:F6`), cleared but for its top-left cell when the grid is finished. */
  merge(ref: string | undefined): void {
    if (ref) this.merges.push(ref);
    if (this.merges.length > this.limits.merges)
      throw new LimitBreach(
        this.tab,
        `${count(this.limits.merges)} merged ranges per tab`,
        'more merged ranges',
      );
  }

  finish(): CellValue[][] {
    clearMerged(this.tab, this.rows, this.merges, this.limits);
    return padded(this.rows, this.limits);
  }
}

/** Rows filled to the tab's used width with empty cells, as a spreadsheet shows them, when that stays within the cells limit. */
function padded(rows: CellValue[][], limits: ReadLimits): CellValue[][] {
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
function clearMerged(
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
