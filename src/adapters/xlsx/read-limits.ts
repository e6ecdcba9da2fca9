/**
 * The documented limits of the .xlsx and CSV readers (docs/workbook-io.md).
 * Each breach is one line naming the tab or part, the limit and what was
 * found; the CLI exits 2 with it.
 * @module
 */
import { COLUMNS } from '../../core/template/layout.ts';

export interface ReadLimits {
  /** Bytes of the .xlsx file (or of all CSV files together). */
  fileBytes: number;
  /** Decompressed bytes of one part read from the package (a sheet, the shared strings). */
  partBytes: number;
  /** Decompressed bytes of all parts read together. */
  totalBytes: number;
  /** Rows per tab (Excel's own maximum). */
  rows: number;
  /** Columns beyond a template tab's known width (for the user's own notes). */
  spareColumns: number;
  /** Cells holding a value, all tabs together. */
  cells: number;
  /** Entries in the shared-strings table. */
  sharedStrings: number;
  /** Characters in one cell (Excel's own maximum). */
  cellChars: number;
  /** Entries in the zip package. */
  zipEntries: number;
  /** Merged ranges per tab. */
  merges: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  fileBytes: 50 * 1024 * 1024,
  partBytes: 256 * 1024 * 1024,
  totalBytes: 400 * 1024 * 1024,
  rows: 1_048_576,
  spareColumns: 50,
  cells: 8_000_000,
  sharedStrings: 2_000_000,
  cellChars: 32_767,
  zipEntries: 10_000,
  merges: 10_000,
};

/** Excel's own column maximum (XFD). */
export const MAX_COLUMNS = 16_384;

/** A limit that was breached: one line for the user. */
export class LimitBreach extends Error {
  override name = 'LimitBreach';
  constructor(readonly where: string, readonly limit: string, readonly found: string, hint = '') {
    super(`${where}: ${found}, over the limit of ${limit}${hint ? ` (${hint})` : ''}`);
  }
}

const norm = (s: string) => s.trim().toLowerCase().replace(/[\s-]+/g, '_');
const WIDTH = new Map(Object.entries(COLUMNS).map(([tab, cols]) => [norm(tab), cols.length]));

/** The widest a tab may be: a template tab's known width plus spare columns; others Excel's maximum. */
export function maxColumns(tab: string, limits: ReadLimits): number {
  const known = WIDTH.get(norm(tab));
  return known === undefined ? MAX_COLUMNS : Math.min(MAX_COLUMNS, known + limits.spareColumns);
}

export const count = (n: number) => n.toLocaleString('en-US');
export const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
