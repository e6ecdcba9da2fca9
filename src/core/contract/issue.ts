/**
 * Expected data problems are values, never exceptions. The zod schemas here
 * are the single source: the TypeScript types are inferred from them, the
 * HTTP API validates and documents with them, and the docs' issue-code table
 * is generated from ISSUE_CODES.
 * @module
 */
import { z } from 'zod';
import { named } from './schema-registry.ts';

export const SEVERITIES = ['error', 'warning'] as const;

/** Stable issue codes, grouped by where they arise; docs/template.md lists each with an example. */
export const ISSUE_CODES = [
  // workbook / structure
  'missing_tab',
  'missing_column',
  'empty_template',
  'workbook_too_large',
  // cell content
  'wrong_type',
  'required',
  'unknown_indicator',
  'unknown_country',
  'unknown_corridor',
  'same_country',
  'no_migrants',
  'unknown_side',
  'unit_mismatch',
  'out_of_range',
  'year_outside_period',
  'missing_source',
  'duplicate',
  'inconsistent',
  'invalid_answer',
  'invalid_method',
  'invalid_catalogue',
  'formula_text',
  // statistical warnings
  'outlier',
  'series_break',
  'stale_data',
  // engine
  'non_positive_in_mean',
  'insufficient_data',
  'zero_weights',
  'unknown_method',
  'constant_indicator',
  'unknown_icode',
  'invalid_tree',
  'invalid_spec',
  // files
  'not_found',
  'not_assessed',
  'too_large',
  'not_xlsx',
  'encrypted',
  'corrupt',
  'empty',
  'limit',
  'ods',
  'not_utf8',
] as const;

/** What every issue carries; where it is comes as `cell` (a workbook) or `path` (a file, a spec, a run). */
const IssueBaseSchema = z.object({
  code: z.enum(ISSUE_CODES).describe('Stable issue code, e.g. out_of_range'),
  message: z.string().describe('Names the thing, what was expected and what was found'),
  severity: z.enum(SEVERITIES),
});

export const IssueSchema = named(
  'Issue',
  IssueBaseSchema.extend({
    cell: z.string().describe('A1 address with tab, e.g. Indicators!F14, or the tab alone'),
  }),
);

/** An issue outside a workbook: `path` names the file, the spec key or the pipeline stage. */
export const PathIssueSchema = IssueBaseSchema.extend({
  path: z
    .string()
    .describe('A file name (iData.csv), a dotted spec key (normalise.params.l_u) or a stage'),
});

/** An issue in a table file (iData/iMeta CSV): the file as `path`, then the row and the column header. */
export const TableIssueSchema = PathIssueSchema.extend({
  row: z
    .number()
    .int()
    .describe('1-based line in the file (the header is row 1), or the iMeta index'),
  column: z.string().describe('Column header, e.g. iCode'),
});

/** An issue of a pipeline run: the stage as `path`, with the indicator and the unit when known. */
export const EngineIssueSchema = PathIssueSchema.extend({
  iCode: z.string().optional(),
  unit: z.string().optional(),
});

export type Severity = (typeof SEVERITIES)[number];
export type IssueCode = (typeof ISSUE_CODES)[number];
/** One data problem; `cell` is an A1 address with tab, e.g. `Indicators!F14`, or the tab alone (`Method`). */
export type Issue = z.infer<typeof IssueSchema>;
export type PathIssue = z.infer<typeof PathIssueSchema>;
export type TableIssue = z.infer<typeof TableIssueSchema>;
export type EngineIssue = z.infer<typeof EngineIssueSchema>;

/** The failure side of every `{ ok }` result: the issues found, never an exception. */
export interface Failed<I = Issue> {
  ok: false;
  issues: I[];
}

export const issue = (
  code: IssueCode,
  cell: string,
  message: string,
  severity: Severity = 'error',
): Issue => ({ code, cell, message, severity });

export const pathIssue = (
  code: IssueCode,
  path: string,
  message: string,
  severity: Severity = 'error',
): PathIssue => ({ code, path, message, severity });

/** The messages of `issues` as one line, e.g. for a run log or an exception. */
export const issueMessages = (issues: readonly { message: string }[]): string =>
  issues.map((i) => i.message).join('; ');
