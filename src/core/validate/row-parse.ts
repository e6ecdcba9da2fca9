/**
 * Parses one row with a zod row schema and keeps the good cells of a row
 * that has bad ones, so every cell of a row is checked.
 * @module
 */
import type { z } from 'zod';
import { type Issue, type Severity, issue } from '../contract/issue.ts';
import type { CellIssueParams } from './fields.ts';
import { type Sheet, address } from './sheet.ts';

export interface RowFailure extends CellIssueParams {
  column: string;
}

export interface ParsedRow<T> {
  data: Partial<T>;
  failures: RowFailure[];
}

/** Runs `schema` on `values`; failing columns are left out of `data`. */
export function parseRow<S extends z.ZodObject>(
  schema: S,
  values: Record<string, unknown>,
): ParsedRow<z.output<S>> {
  const result = schema.safeParse(values);
  if (result.success) return { data: result.data as Partial<z.output<S>>, failures: [] };
  const failures: RowFailure[] = result.error.issues.map((i) => {
    const params = (i as { params?: CellIssueParams }).params;
    return {
      column: String(i.path[0] ?? ''),
      code: params?.code ?? 'wrong_type',
      expects: params?.expects ?? i.message,
      found: params?.found ?? 'an invalid value',
    };
  });
  const failed = new Set(failures.map((f) => f.column));
  const data: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    if (failed.has(key)) continue;
    const r = (field as z.ZodType).safeParse(values[key]);
    if (r.success) data[key] = r.data;
  }
  return { data: data as Partial<z.output<S>>, failures };
}

/** `subject expects X, found Y` at the failing cell. */
export function failureIssue(
  sheet: Sheet,
  index: number,
  f: RowFailure,
  subject: string,
  severity: Severity = 'error',
): Issue {
  return issue(f.code, address(sheet, index, f.column), `${subject} expects ${f.expects}, found ${f.found}`, severity);
}
