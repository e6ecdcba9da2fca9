/** GET /v1/template: the generated template, as values and as patches. @module */
import { z } from 'zod';
import { GeneratedTabSchema, PatchSchema } from './patch.ts';
import { named } from './schema-registry.ts';
import { WorkbookSchema } from './workbook.ts';

export const TemplateResponseSchema = named(
  'TemplateResponse',
  z.object({
    workbook: WorkbookSchema.describe("Every tab's values, row 1 = header"),
    layout: z
      .array(GeneratedTabSchema)
      .describe('Per tab: frozen rows, widths, drop-downs and rules'),
    patches: z
      .array(PatchSchema)
      .describe('The same values as patches with header formats and notes'),
  }),
);

export type TemplateResponse = z.infer<typeof TemplateResponseSchema>;
