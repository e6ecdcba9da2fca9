/**
 * The limits every workbook reader shares (xlsx, CSV folder, the API's JSON
 * grids), documented in docs/workbook-io.md. A breach is one line naming the
 * tab, the limit and what was found.
 * @module
 */
import { a1 } from '../contract/a1.ts';
import { COLUMNS } from '../template/layout.ts';

export interface GridLimits {
  /** Rows per tab: 500,000 holds 238 corridors x 70 indicators x 30 years (Excel's own maximum is 1,048,576). */
  rows: number;
  /** Columns beyond a template tab's known width (for the user's own notes). */
  spareColumns: number;
  /** Cells holding a value, all tabs together. */
  cells: number;
  /** Characters in one cell (Excel's own maximum). */
  cellChars: number;
}

export const GRID_LIMITS: GridLimits = {
  rows: 500_000,
  spareColumns: 50,
  cells: 8_000_000,
  cellChars: 32_767,
};

/** Excel's own column maximum (XFD). */
export const MAX_COLUMNS = 16_384;

/**
 * The limits with rows per tab raised (or lowered) to `rows`: the cells limit
 * follows at 16 cells per row, so a longer tab of the template's width fits.
 */
export function withRows(rows: number | undefined, limits: GridLimits = GRID_LIMITS): GridLimits {
  if (!rows) return limits;
  return { ...limits, rows, cells: Math.max(limits.cells, rows * 16) };
}

export const count = (n: number) => n.toLocaleString('en-US');

export interface Breach {
  /** `rows` and `cells` are about size (HTTP 413); the others about shape (HTTP 422). */
  kind: 'rows' | 'cells' | 'columns' | 'cellChars';
  message: string;
}

export function breachLine(where: string, limit: string, found: string, hint = ''): string {
  return `${where}: ${found}, over the limit of ${limit}${hint ? ` (${hint})` : ''}`;
}

const norm = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
const WIDTH = new Map(Object.entries(COLUMNS).map(([tab, cols]) => [norm(tab), cols.length]));

/** The widest a tab may be: a template tab's known width plus spare columns; any other tab Excel's maximum. */
export function maxColumns(tab: string, limits: GridLimits = GRID_LIMITS): number {
  const known = WIDTH.get(norm(tab));
  return known === undefined ? MAX_COLUMNS : Math.min(MAX_COLUMNS, known + limits.spareColumns);
}

const blank = (v: unknown) => v === null || v === undefined || v === '';

/**
 * The first limit a workbook of grids breaches, or undefined. Linear in the cells.
 * @example gridLimitBreach({ tabs: { Indicators: [['x'.repeat(40000)]] } })?.kind; // => 'cellChars'
 */
export function gridLimitBreach(
  workbook: { tabs: Record<string, readonly (readonly unknown[])[]> },
  limits: GridLimits = GRID_LIMITS,
): Breach | undefined {
  let cells = 0;
  for (const [tab, rows] of Object.entries(workbook.tabs)) {
    if (!Array.isArray(rows)) continue;
    if (rows.length > limits.rows) {
      return {
        kind: 'rows',
        message: breachLine(
          tab,
          `${count(limits.rows)} rows per tab`,
          `${count(rows.length)} rows`,
        ),
      };
    }
    const width = maxColumns(tab, limits);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (!Array.isArray(row)) continue;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (blank(v)) continue;
        if (c >= width) {
          return {
            kind: 'columns',
            message: breachLine(
              tab,
              `${count(width)} columns for this tab`,
              `a cell at ${a1(tab, r + 1, c + 1)
                .split('!')
                .pop()}`,
              'delete or move the stray cell',
            ),
          };
        }
        if (typeof v === 'string' && v.length > limits.cellChars) {
          return {
            kind: 'cellChars',
            message: breachLine(
              a1(tab, r + 1, c + 1),
              `${count(limits.cellChars)} characters per cell`,
              `${count(v.length)} characters`,
            ),
          };
        }
        if (++cells > limits.cells) {
          return {
            kind: 'cells',
            message: breachLine(
              tab,
              `${count(limits.cells)} cells with a value in all tabs`,
              `more than ${count(limits.cells)} cells`,
            ),
          };
        }
      }
    }
  }
  return undefined;
}
