/**
 * A workbook as a dictionary of distinct cell values and tabs of indices into
 * it: the same cells as WorkbookSchema in about half the bytes, because a
 * template repeats its corridor ids, indicator ids, units and sources on
 * every row. The Sheets add-on sends it; a server expands it (compact.ts) to
 * exactly the rows the plain form would have given, so every answer is the same.
 * @module
 */
import { z } from 'zod';
import { named } from './schema-registry.ts';
import { CellSchema } from './workbook.ts';

export const CompactWorkbookSchema = named(
  'CompactWorkbook',
  z.object({
    values: z
      .array(CellSchema)
      .describe('The distinct cell values, each once (text, number, boolean or null)'),
    tabs: z
      .record(z.string().min(1).max(100), z.array(z.array(z.number().int().min(0).nullable())))
      .describe(
        'Tab name -> rows -> cells, each cell an index into values (null for an empty cell); rows may be ragged',
      ),
  }),
  'A workbook as {values, tabs}: each cell is the index of its value in values. Same cells as Workbook, fewer bytes.',
);

export type CompactWorkbook = z.infer<typeof CompactWorkbookSchema>;
