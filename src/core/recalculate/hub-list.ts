/**
 * The hub's list of corridor spreadsheets: a tab named `Hub` whose header row
 * has `spreadsheet` (an ID or any Sheets link) and `label` columns.
 * @module
 */
import { a1 } from '../contract/a1.ts';
import { type Issue, issue } from '../contract/issue.ts';
import { parseSheetLink } from '../contract/sheet-link.ts';
import type { Workbook } from '../contract/workbook.ts';

export const HUB_TAB = 'Hub';
export const HUB_COLUMNS = ['spreadsheet', 'label'] as const;

export interface HubEntry {
  spreadsheetId: string;
  label: string;
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

/** Entries in row order, duplicates dropped; unreadable rows become issues. */
export function readHubList(workbook: Workbook): { entries: HubEntry[]; issues: Issue[] } {
  const rows = workbook.tabs[HUB_TAB];
  if (!rows)
    return {
      entries: [],
      issues: [
        issue(
          'missing_tab',
          HUB_TAB,
          `The hub spreadsheet needs a tab named "${HUB_TAB}" with columns spreadsheet, label; none was found.`,
        ),
      ],
    };
  const header = (rows[0] ?? []).map((h) => text(h).toLowerCase());
  const col = header.indexOf('spreadsheet');
  const labelCol = header.indexOf('label');
  if (col < 0)
    return {
      entries: [],
      issues: [
        issue(
          'missing_column',
          a1(HUB_TAB, 1, 1),
          `The ${HUB_TAB} tab needs a "spreadsheet" column in row 1; found ${header.join(', ') || 'nothing'}.`,
        ),
      ],
    };
  const entries: HubEntry[] = [];
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const [i, row] of rows.slice(1).entries()) {
    const raw = text(row[col]);
    if (!raw) continue;
    const cell = a1(HUB_TAB, i + 2, col + 1);
    const link = parseSheetLink(raw);
    if (!link) {
      issues.push(
        issue(
          'wrong_type',
          cell,
          `Expected a Google Sheets link or spreadsheet ID, got "${raw.slice(0, 80)}".`,
        ),
      );
      continue;
    }
    if (seen.has(link.spreadsheetId)) {
      issues.push(
        issue(
          'duplicate',
          cell,
          `Spreadsheet ${link.spreadsheetId} is listed twice; the later row is ignored.`,
          'warning',
        ),
      );
      continue;
    }
    seen.add(link.spreadsheetId);
    const label = labelCol >= 0 ? text(row[labelCol]) : '';
    entries.push({ spreadsheetId: link.spreadsheetId, label: label || link.spreadsheetId });
  }
  return { entries, issues };
}
