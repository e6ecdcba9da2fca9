/** POST /v1/validate and /v1/assess bodies and answers. @module */
import { z } from 'zod';
import { AssessSummarySchema, BenchmarkSchema } from './benchmark.ts';
import { CompactWorkbookSchema } from './compact-workbook.ts';
import { IssueSchema } from './issue.ts';
import { CompactWriteBackSchema, WriteBackSchema } from './patch.ts';
import { named } from './schema-registry.ts';
import { WorkbookSchema } from './workbook.ts';

/** The parts of an AssessResponse a client may leave out with `options.include`. */
export const ASSESS_PARTS = ['benchmark', 'writeBack'] as const;
export type AssessPart = (typeof ASSESS_PARTS)[number];

const AssessOptionsSchema = named(
  'AssessOptions',
  z.object({
    uncertaintyRuns: z
      .number()
      .int()
      .min(0)
      .max(10_000)
      .optional()
      .describe(
        "Overrides the Method tab's uncertainty runs (0 = skip), up to the caller's role limit",
      ),
    uncertainty: z
      .boolean()
      .optional()
      .describe(
        "Run the uncertainty and sensitivity analysis with the Method tab's runs (default false: rank intervals and Sobol indices are left empty)",
      ),
    seed: z.number().int().min(0).optional(),
    include: z
      .array(z.enum(ASSESS_PARTS))
      .max(ASSESS_PARTS.length)
      .optional()
      .describe(
        'The large parts of the answer to send back (default both; ok, issues and summary always come back): the Sheets add-on asks for ["writeBack"] only',
      ),
    formatTable: z
      .boolean()
      .optional()
      .describe(
        'Send the write-back as a CompactWriteBack: each distinct cell format once in writeBack.formats, patch cells as indices into it (the Sheets add-on asks for it)',
      ),
  }),
  'Scoring options and what to send back.',
).optional();

export const AssessRequestSchema = named(
  'AssessRequest',
  WorkbookSchema.extend({ options: AssessOptionsSchema }),
  'A workbook, with optional scoring options beside its tabs.',
);

export const CompactAssessRequestSchema = named(
  'CompactAssessRequest',
  z.object({ compact: CompactWorkbookSchema, options: AssessOptionsSchema }),
  'The same request with the workbook compact (a dictionary of values and tabs of indices), as the Sheets add-on sends it.',
);

/** POST /v1/validate's body when the workbook comes compact. */
export const CompactValidateRequestSchema = named(
  'CompactValidateRequest',
  z.object({ compact: CompactWorkbookSchema }),
  'A compact workbook to validate.',
);

export const ValidateResponseSchema = named(
  'ValidateResponse',
  z.object({
    ok: z.boolean(),
    issues: z.array(IssueSchema),
    summary: AssessSummarySchema.omit({ top: true }),
  }),
);

export const AssessResponseSchema = named(
  'AssessResponse',
  z.object({
    ok: z.boolean(),
    issues: z.array(IssueSchema),
    summary: AssessSummarySchema,
    benchmark: BenchmarkSchema.nullable()
      .optional()
      .describe(
        'Null when errors prevented scoring; absent only when options.include leaves it out',
      ),
    writeBack: z
      .union([WriteBackSchema, CompactWriteBackSchema])
      .optional()
      .describe(
        'Validation tab always; benchmark tabs only when scoring ran; absent only when options.include leaves it out; a CompactWriteBack when options.formatTable asks for it',
      ),
  }),
);

export type AssessRequest = z.infer<typeof AssessRequestSchema>;
export type ValidateResponse = z.infer<typeof ValidateResponseSchema>;
export type AssessResponse = z.infer<typeof AssessResponseSchema>;
