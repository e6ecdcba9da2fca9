/** The shared contract as zod schemas: workbook in, issues and write-back out. @module */
import { z } from 'zod';
import { named } from './registry.ts';

export const Cell = named(
  'Cell',
  z.union([z.string(), z.number(), z.boolean(), z.null()]),
  'A cell value: text, number, boolean or empty (null).',
);

export const Workbook = named(
  'Workbook',
  z.object({
    tabs: z
      .record(z.string().min(1).max(100), z.array(z.array(Cell)))
      .describe(
        'Tab name -> rows -> cells (rows may be ragged), as Apps Script getValues() returns them',
      ),
  }),
);

export const Issue = named(
  'Issue',
  z.object({
    code: z.string().describe('Stable issue code, e.g. out_of_range'),
    cell: z.string().describe('A1 address with tab, e.g. Indicators!F14, or the tab alone'),
    message: z.string(),
    severity: z.enum(['error', 'warning']),
  }),
);

const CellFormat = z.object({
  numberFormat: z.string().optional(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  background: z.string().optional(),
  color: z.string().optional(),
  wrap: z.boolean().optional(),
  align: z.enum(['left', 'center', 'right']).optional(),
});

export const Patch = named(
  'Patch',
  z.object({
    tab: z.string(),
    range: z.string().describe('A1 range without the tab, e.g. A1:F20'),
    values: z
      .array(z.array(Cell))
      .describe('Written as literal values (RAW), never parsed as formulas'),
    formats: z.array(z.array(CellFormat.nullable())).optional(),
    notes: z.array(z.array(z.string().nullable())).optional(),
  }),
);

export const GeneratedTab = named(
  'GeneratedTab',
  z.object({
    name: z.string(),
    frozenRows: z.number().int(),
    columnWidths: z.array(z.number()).optional(),
    colourScales: z
      .array(
        z.object({
          range: z.string(),
          minColour: z.string(),
          midColour: z.string().optional(),
          maxColour: z.string(),
        }),
      )
      .optional(),
    charts: z
      .array(
        z.object({
          type: z.enum(['bar', 'line', 'column']),
          title: z.string(),
          categories: z.string(),
          series: z.array(z.object({ name: z.string(), range: z.string() })),
          anchor: z.string(),
        }),
      )
      .optional(),
    validations: z
      .array(
        z.object({
          range: z.string(),
          kind: z.enum(['list', 'decimal', 'whole']),
          values: z.array(z.string()).optional(),
          sourceRange: z.string().optional(),
          min: z.number().optional(),
          max: z.number().optional(),
          message: z.string().optional(),
          strict: z.boolean().optional(),
        }),
      )
      .optional(),
    tabColour: z.string().optional(),
  }),
);

export const WriteBack = named(
  'WriteBack',
  z.object({
    tabs: z.array(GeneratedTab).describe('Tabs to (re)create as a whole'),
    patches: z.array(Patch).describe('Then written into them, in order'),
  }),
);
