/**
 * The workbook as every adapter sees it: tabs of rows of cells, the shape of
 * Apps Script's getValues() and of the Sheets API's values.
 * @module
 */

/** A cell value once read: empty cells are null (or ''), dates arrive as ISO strings or numbers. */
export type CellValue = string | number | boolean | null;

/** A workbook: tab name -> rows -> cells. Rows may be ragged. */
export interface Workbook {
  tabs: Record<string, unknown[][]>;
}

/** A workbook whose cells were already coerced to CellValue. */
export interface CellGrid {
  tabs: Record<string, CellValue[][]>;
}
