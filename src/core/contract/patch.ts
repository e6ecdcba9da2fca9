/**
 * What the core asks an adapter to write. Every adapter (xlsx, Sheets API,
 * Apps Script add-on) applies patches the same way: values are always written
 * as literal values (RAW), never parsed as formulas. The zod schemas are the
 * source; the types are inferred from them.
 * @module
 */
import { z } from 'zod';
import { named } from './schema-registry.ts';
import { CellSchema } from './workbook.ts';

const CellFormatSchema = z.object({
  numberFormat: z.string().optional().describe('Spreadsheet number format, e.g. 0.0, 0%, #,##0'),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  background: z.string().optional().describe('#RRGGBB'),
  color: z.string().optional().describe('#RRGGBB'),
  wrap: z.boolean().optional(),
  align: z.enum(['left', 'center', 'right']).optional(),
});

export const PatchSchema = named(
  'Patch',
  z.object({
    tab: z.string(),
    range: z.string().describe('A1 range without the tab, e.g. A1:F20'),
    values: z
      .array(z.array(CellSchema))
      .describe('Written as literal values (RAW), never parsed as formulas'),
    formats: z.array(z.array(CellFormatSchema.nullable())).optional(),
    notes: z.array(z.array(z.string().nullable())).optional(),
  }),
);

const ColourScaleSchema = z.object({
  range: z.string(),
  minColour: z.string(),
  midColour: z.string().optional(),
  maxColour: z.string(),
});

const ChartSpecSchema = z.object({
  type: z.enum(['bar', 'line', 'column']),
  title: z.string(),
  categories: z.string().describe('A1 range of category labels, e.g. A5:A14'),
  series: z
    .array(z.object({ name: z.string(), range: z.string() }))
    .describe('A1 ranges of series (one column each) with their header cell as name'),
  anchor: z.string().describe('Top-left anchor cell for the chart, e.g. H2'),
});

const DataValidationRuleSchema = z.object({
  range: z.string(),
  kind: z.enum(['list', 'decimal', 'whole']),
  values: z.array(z.string()).optional().describe("For kind 'list': the allowed values"),
  sourceRange: z.string().optional().describe("For kind 'list': an A1 range (with tab) of them"),
  min: z.number().optional(),
  max: z.number().optional(),
  message: z.string().optional().describe('Shown to the user when the rule is broken'),
  strict: z.boolean().optional().describe('Reject (true) or only warn (false)'),
});

export const GeneratedTabSchema = named(
  'GeneratedTab',
  z.object({
    name: z.string(),
    frozenRows: z.number().int().describe('Rows frozen at the top (banner + header)'),
    columnWidths: z.array(z.number()).optional(),
    colourScales: z.array(ColourScaleSchema).optional(),
    charts: z.array(ChartSpecSchema).optional(),
    validations: z.array(DataValidationRuleSchema).optional(),
    tabColour: z.string().optional().describe('#RRGGBB, to tell generated tabs from input tabs'),
    rowHeights: z
      .array(z.object({ row: z.number().int(), height: z.number() }))
      .optional()
      .describe(
        'Row heights in points for rows whose wrapped text needs more than one line (1-based rows); writers set them so no header or message is clipped',
      ),
  }),
);

export const WriteBackSchema = named(
  'WriteBack',
  z.object({
    tabs: z.array(GeneratedTabSchema).describe('Tabs to (re)create as a whole'),
    patches: z.array(PatchSchema).describe('Then written into them, in order'),
  }),
);

/** The write-back with a format table: each distinct cell format once, patches' formats as indices into it. */
export const CompactWriteBackSchema = named(
  'CompactWriteBack',
  WriteBackSchema.extend({
    formats: z.array(CellFormatSchema).describe('Each distinct cell format once'),
    patches: z
      .array(
        PatchSchema.extend({
          formats: z
            .array(z.array(z.number().int().min(0).nullable()))
            .optional()
            .describe('Each cell an index into formats (null: no format)'),
        }),
      )
      .describe('Then written into them, in order'),
  }),
  'The write-back as options.formatTable asks for it: the same tabs and patches, cell formats as indices into formats.',
);

export type CellFormat = z.infer<typeof CellFormatSchema>;
/** A rectangular write into one tab. `range` is A1 without the tab, e.g. `A1:F20`. */
export type Patch = z.infer<typeof PatchSchema>;
/** A colour scale over a range (min colour -> max colour), applied where the format allows. */
export type ColourScale = z.infer<typeof ColourScaleSchema>;

/** A colour scale's colours from its minimum to its maximum (two, or three with a midpoint). */
export const scaleColours = (scale: ColourScale): string[] =>
  scale.midColour
    ? [scale.minColour, scale.midColour, scale.maxColour]
    : [scale.minColour, scale.maxColour];
/** A chart over data already written in the same tab. */
export type ChartSpec = z.infer<typeof ChartSpecSchema>;
/** A drop-down (list of allowed values) or a numeric/whole-number rule on a range. */
export type DataValidationRule = z.infer<typeof DataValidationRuleSchema>;
/** A tab written by Corridor Monitor: replaced as a whole on every run, never merged with what was there. */
export type GeneratedTab = z.infer<typeof GeneratedTabSchema>;
/** The complete write-back of one assessment: tabs to (re)create, then patches into them. */
export type WriteBack = z.infer<typeof WriteBackSchema>;
/** A write-back whose cell formats are indices into its `formats` table. */
export type CompactWriteBack = z.infer<typeof CompactWriteBackSchema>;
