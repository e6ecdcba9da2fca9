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
] as const;

export const IssueSchema = named(
  'Issue',
  z.object({
    code: z.enum(ISSUE_CODES).describe('Stable issue code, e.g. out_of_range'),
    cell: z.string().describe('A1 address with tab, e.g. Indicators!F14, or the tab alone'),
    message: z.string().describe('Names the thing, what was expected and what was found'),
    severity: z.enum(SEVERITIES),
  }),
);

export type Severity = (typeof SEVERITIES)[number];
export type IssueCode = (typeof ISSUE_CODES)[number];
/** One data problem; `cell` is an A1 address with tab, e.g. `Indicators!F14`, or the tab alone (`Method`). */
export type Issue = z.infer<typeof IssueSchema>;

export const issue = (
  code: IssueCode,
  cell: string,
  message: string,
  severity: Severity = 'error',
): Issue => ({ code, cell, message, severity });
