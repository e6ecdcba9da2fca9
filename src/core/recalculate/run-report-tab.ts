/**
 * The hub's own record of the last recalculation: one row per spreadsheet.
 * @module
 */
import type { WriteBack } from '../contract/patch.ts';
import type { SpreadsheetReport } from '../contract/run-report.ts';

export const RUN_REPORT_TAB = 'Recalculation';

export function runReportTab(
  generatedAt: string,
  reports: readonly SpreadsheetReport[],
): WriteBack {
  const rows = reports.map((r) => [
    r.label,
    r.spreadsheetId,
    r.status,
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
        columnWidths: [180, 260, 100, 200, 60, 70, 420],
        tabColour: '#1F4E79',
      },
    ],
    patches: [
      {
        tab: RUN_REPORT_TAB,
        range: 'A1',
        values: [[`Corridor Monitor: recalculation of ${generatedAt}`]],
        formats: [[{ bold: true }]],
      },
      {
        tab: RUN_REPORT_TAB,
        range: 'A3',
        values: [
          ['label', 'spreadsheet', 'status', 'corridors', 'errors', 'warnings', 'why'],
          ...rows,
        ],
        formats: [Array.from({ length: 7 }, () => ({ bold: true, background: '#DDEBF7' }))],
      },
    ],
  };
}
