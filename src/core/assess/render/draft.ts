/**
 * A benchmark tab before layout: titled tables (sections) of plain cells,
 * shared by the tab renderer and the CSV export.
 * @module
 */
import type { CellValue } from '../../contract/workbook.ts';
import type { GeneratedTabName } from '../../template/layout.ts';

export interface Column {
  header: string;
  /** Spreadsheet number format for the column's numbers. */
  format?: string;
  /** Column width in characters. */
  width?: number;
  /** Shown as a note on the header cell. */
  note?: string;
}

export interface ChartDraft {
  type: 'bar' | 'line' | 'column';
  title: string;
  /** Index of the column holding the category labels. */
  categoryColumn: number;
  seriesColumns: number[];
}

export interface Section {
  /** Short machine-friendly key, used in export file names. */
  key: string;
  title: string;
  columns: Column[];
  rows: CellValue[][];
  /** Column indexes coloured red (low) -> green (high). */
  scaleColumns?: number[];
  /** Column indexes coloured green (low) -> red (high), e.g. ranks. */
  reverseScaleColumns?: number[];
  chart?: ChartDraft;
  /** Per-cell background override by row and column index. */
  backgrounds?: (string | null)[][];
  /** Per-cell number format override by row and column index (e.g. no decimals for persons). */
  cellFormats?: (string | null)[][];
}

export interface TabDraft {
  name: GeneratedTabName;
  /** One sentence on what the tab shows. */
  about: string;
  sections: Section[];
}

/** null for NaN, undefined and infinities: the only missing value we emit. */
export const num = (x: number | null | undefined): number | null =>
  x === null || x === undefined || !Number.isFinite(x) ? null : x;
