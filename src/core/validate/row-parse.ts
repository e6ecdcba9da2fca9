/**
 * Parses one row with a row spec: every cell is checked, failing cells are
 * left out of `data`, so one bad cell never hides the others.
 * @module
 */
import { type Issue, issue, type Severity } from '../contract/issue.ts';
import type { CellIssueParams, RowOf, RowSpec } from './fields.ts';
import { address, type Sheet } from './sheet.ts';

export interface RowFailure extends CellIssueParams {
  column: string;
}

export interface ParsedRow<T> {
  data: Partial<T>;
  failures: RowFailure[];
}

/** Runs each column's spec on `values` (absent columns read as blank). */
export function parseRow<S extends RowSpec>(
  spec: S,
  values: Record<string, unknown>,
): ParsedRow<RowOf<S>> {
  const data: Record<string, unknown> = {};
  const failures: RowFailure[] = [];
  for (const key in spec) {
    const r = spec[key]!.parse(values[key]);
    if (r.ok) data[key] = r.value;
    else failures.push({ column: key, code: r.code, expects: r.expects, found: r.found });
  }
  return { data: data as Partial<RowOf<S>>, failures };
}

/** `subject expects X, found Y` at the failing cell. */
export function failureIssue(
  sheet: Sheet,
  index: number,
  f: RowFailure,
  subject: string,
  severity: Severity = 'error',
): Issue {
  return issue(
    f.code,
    address(sheet, index, f.column),
    `${subject} expects ${f.expects}, found ${f.found}`,
    severity,
  );
}
