/**
 * The hub's own record of the last recalculation: one row per spreadsheet.
 * @module
 */
import type { WriteBack } from '../contract/patch.ts';
import type { SpreadsheetReport } from '../contract/run-report.ts';

export const RUN_REPORT_TAB = 'Recalculation';

/** Which run a spreadsheet shows after this one: this run where it was written, else its previous state. */
export function shownRun(report: SpreadsheetReport, runId: string): string {
  if (report.status === 'written' || report.status === 'invalid') return runId;
  return 'unchanged (an earlier run)';
}

export function runReportTab(
  generatedAt: string,
  reports: readonly SpreadsheetReport[],
  runId = '',
): WriteBack {
  const rows = reports.map((r) => [
    r.label,
    r.spreadsheetId,
    r.status,
    shownRun(r, runId),
    r.corridors.join(', '),
    r.errors,
    r.warnings,
    r.reason ?? '',
  ]);
  return {
    tabs: [
      {
        name: RUN_REPORT_TAB,
        frozenRows: 3,
        columnWidths: [180, 260, 100, 260, 200, 60, 70, 420],
        tabColour: '#1F4E79',
      },
    ],
    patches: [
      {
        tab: RUN_REPORT_TAB,
        range: 'A1',
        values: [[`Corridor Monitor: recalculation run ${runId} of ${generatedAt}`]],
        formats: [[{ bold: true }]],
      },
      {
        tab: RUN_REPORT_TAB,
        range: 'A3',
        values: [
          ['label', 'spreadsheet', 'status', 'shows run', 'corridors', 'errors', 'warnings', 'why'],
          ...rows,
        ],
        formats: [Array.from({ length: 8 }, () => ({ bold: true, background: '#DDEBF7' }))],
      },
    ],
  };
}
