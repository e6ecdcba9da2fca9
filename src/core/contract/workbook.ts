/**
 * The workbook as every adapter sees it: tabs of rows of cells, the shape of
 * Apps Script's getValues() and of the Sheets API's values.
 * @module
 */
import { z } from 'zod';
import { named } from './schema-registry.ts';

export const CellSchema = named(
  'Cell',
  z.union([z.string(), z.number(), z.boolean(), z.null()]),
  'A cell value: text, number, boolean or empty (null).',
);

/** A workbook whose cells are CellValues: what the API accepts. */
export const WorkbookSchema = named(
  'Workbook',
  z.object({
    tabs: z
      .record(z.string().min(1).max(100), z.array(z.array(CellSchema)))
      .describe(
        'Tab name -> rows -> cells (rows may be ragged), as Apps Script getValues() returns them',
      ),
  }),
);

/** A cell value once read: empty cells are null (or ''), dates arrive as ISO strings or numbers. */
export type CellValue = z.infer<typeof CellSchema>;

/** A workbook whose cells were already coerced to CellValue. */
export type CellGrid = z.infer<typeof WorkbookSchema>;

/** A workbook as read, before its cells are coerced: tab name -> rows -> cells. Rows may be ragged. */
export interface Workbook {
  tabs: Record<string, unknown[][]>;
}
