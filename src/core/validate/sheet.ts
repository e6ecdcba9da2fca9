/**
 * A tab of the workbook seen through its header row: columns found by name
 * (case, blanks and column order do not matter), data rows from row 2.
 * @module
 */
import { a1 } from '../contract/a1.ts';
import { type Issue, issue, type Severity } from '../contract/issue.ts';
import { readText } from './cells.ts';

export interface Sheet {
  name: string;
  /** Normalised header name -> 0-based column index. */
  columns: Map<string, number>;
  /** Data rows; index 0 is sheet row 2. Non-array rows read as empty. */
  rows: readonly unknown[];
}

const norm = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** The tab's rows by exact name, else by name ignoring case and blanks; undefined when absent. */
export function findTab(
  workbook: unknown,
  name: string,
): { name: string; rows: readonly unknown[] } | undefined {
  const tabs =
    typeof workbook === 'object' && workbook !== null
      ? (workbook as { tabs?: unknown }).tabs
      : undefined;
  if (typeof tabs !== 'object' || tabs === null) return undefined;
  const names = Object.keys(tabs);
  const hit = names.includes(name) ? name : names.find((n) => norm(n) === norm(name));
  if (hit === undefined) return undefined;
  const rows = (tabs as Record<string, unknown>)[hit];
  return { name: hit, rows: Array.isArray(rows) ? rows : [] };
}

/** The cells of a row, or none when the row is not an array. */
export function cellsOf(row: unknown): readonly unknown[] {
  return Array.isArray(row) ? row : [];
}

/**
 * Opens a tab and checks its header. A missing tab gives `missing_tab` with
 * `missingSeverity`; a missing required column gives `missing_column` and the
 * tab is not read (undefined).
 */
export function openSheet(
  workbook: unknown,
  name: string,
  required: readonly string[],
  issues: Issue[],
  missingSeverity: Severity,
  missingNote: string,
): Sheet | undefined {
  const tab = findTab(workbook, name);
  if (!tab) {
    issues.push(
      issue(
        'missing_tab',
        name,
        `the workbook expects a tab named "${name}", found none (${missingNote})`,
        missingSeverity,
      ),
    );
    return undefined;
  }
  const columns = new Map<string, number>();
  cellsOf(tab.rows[0]).forEach((c, i) => {
    const t = readText(c);
    if (t.ok && t.value !== '' && !columns.has(norm(t.value))) columns.set(norm(t.value), i);
  });
  const missing = required.filter((c) => !columns.has(c));
  for (const c of missing) {
    issues.push(
      issue(
        'missing_column',
        a1(tab.name, 1, 1),
        `${tab.name} expects a column "${c}" in its header row (row 1), found ${columns.size === 0 ? 'no header' : `only ${[...columns.keys()].join(', ')}`}`,
      ),
    );
  }
  if (missing.length > 0) return undefined;
  return { name: tab.name, columns, rows: tab.rows.slice(1) };
}

/** The row's cells by column name (absent columns read as undefined). */
export function record(
  sheet: Sheet,
  index: number,
  names: readonly string[],
): Record<string, unknown> {
  const cells = cellsOf(sheet.rows[index]);
  const out: Record<string, unknown> = {};
  for (const n of names) {
    const c = sheet.columns.get(n);
    out[n] = c === undefined ? undefined : cells[c];
  }
  return out;
}

/** A1 address of a data row's cell; column A when the column is absent. */
export function address(sheet: Sheet, index: number, column: string): string {
  return a1(sheet.name, index + 2, (sheet.columns.get(column) ?? 0) + 1);
}
