/**
 * What the core asks an adapter to write. Every adapter (xlsx, Sheets API,
 * Apps Script add-on) applies patches the same way: values are always written
 * as literal values (RAW), never parsed as formulas.
 * @module
 */
import type { CellValue } from './workbook.ts';

export interface CellFormat {
  /** Spreadsheet number format, e.g. `0.0`, `0%`, `#,##0`. */
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  /** `#RRGGBB` */
  background?: string;
  /** `#RRGGBB` */
  color?: string;
  wrap?: boolean;
  align?: 'left' | 'center' | 'right';
}

/** A rectangular write into one tab. `range` is A1 without the tab, e.g. `A1:F20`. */
export interface Patch {
  tab: string;
  range: string;
  values: CellValue[][];
  formats?: (CellFormat | null)[][];
  notes?: (string | null)[][];
}

/** A colour scale over a range (min colour -> max colour), applied where the format allows. */
export interface ColourScale {
  range: string;
  minColour: string;
  midColour?: string;
  maxColour: string;
}

/** A chart over data already written in the same tab. */
export interface ChartSpec {
  type: 'bar' | 'line' | 'column';
  title: string;
  /** A1 range of category labels, e.g. `A5:A14`. */
  categories: string;
  /** A1 ranges of series (one column each) with their header cell as name. */
  series: { name: string; range: string }[];
  /** Top-left anchor cell for the chart, e.g. `H2`. */
  anchor: string;
}

/** A drop-down (list of allowed values) or a numeric/whole-number rule on a range. */
export interface DataValidationRule {
  range: string;
  kind: 'list' | 'decimal' | 'whole';
  /** For kind 'list': the allowed values, or an A1 range (with tab) holding them. */
  values?: string[];
  sourceRange?: string;
  min?: number;
  max?: number;
  /** Shown to the user when the rule is broken. */
  message?: string;
  /** Reject (true) or only warn (false). */
  strict?: boolean;
}

/** A tab written by Corridor Monitor: replaced as a whole on every run, never merged with what was there. */
export interface GeneratedTab {
  name: string;
  /** Rows frozen at the top (banner + header). */
  frozenRows: number;
  columnWidths?: number[];
  colourScales?: ColourScale[];
  charts?: ChartSpec[];
  validations?: DataValidationRule[];
  /** Tab colour `#RRGGBB`, to tell generated tabs from input tabs at a glance. */
  tabColour?: string;
  /**
   * Row heights in points for rows whose wrapped text needs more than one line
   * (1-based rows); writers set them so no header or message is clipped.
   */
  rowHeights?: { row: number; height: number }[];
}

/** The complete write-back of one assessment: tabs to (re)create, then patches into them. */
export interface WriteBack {
  tabs: GeneratedTab[];
  patches: Patch[];
}
