/**
 * The issues found in one corridor spreadsheet, written back into it when it
 * could not be scored, so its team sees what to fix where they work.
 * @module
 */
import type { Issue } from '../contract/issue.ts';
import type { WriteBack } from '../contract/patch.ts';

export const CORRIDOR_VALIDATION_TAB = 'Corridor validation';

export function corridorValidationTab(
  issues: readonly Issue[],
  generatedAt: string,
  hubLabel: string,
  runId = '',
): WriteBack {
  const sorted = [...issues].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  return {
    tabs: [
      {
        name: CORRIDOR_VALIDATION_TAB,
        frozenRows: 3,
        columnWidths: [180, 80, 140, 560],
        tabColour: '#C00000',
      },
    ],
    patches: [
      {
        tab: CORRIDOR_VALIDATION_TAB,
        range: 'A1',
        values: [
          [
            `Not scored in the recalculation ${runId ? `run ${runId} ` : ''}of ${generatedAt} by the hub "${hubLabel}": fix the errors below, then ask the coordinator to recalculate.`,
          ],
        ],
        formats: [[{ bold: true, color: '#C00000' }]],
      },
      {
        tab: CORRIDOR_VALIDATION_TAB,
        range: 'A3',
        values: [
          ['cell', 'severity', 'code', 'message'],
          ...sorted.map((i) => [i.cell, i.severity, i.code, i.message]),
        ],
        formats: [[0, 1, 2, 3].map(() => ({ bold: true, background: '#DDEBF7' }))],
      },
    ],
  };
}
