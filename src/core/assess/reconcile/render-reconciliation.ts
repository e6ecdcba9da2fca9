/**
 * The Reconciliation tab: every pre-filled value the team replaced, national
 * next to open, with the difference; written only when there is one.
 * @module
 */
import { rangeA1 } from '../../contract/a1.ts';
import type { Patch, WriteBack } from '../../contract/patch.ts';
import type { CellValue } from '../../contract/workbook.ts';
import { BANNER } from '../render/banner.ts';
import { RECONCILE_THRESHOLD_PCT, type ReconciliationRow } from './reconcile-open-data.ts';

/** Written only when a team replaced a pre-filled value, so it is not among the always-written GENERATED_TABS. */
export const RECONCILIATION_TAB = 'Reconciliation';

const HEADER = [
  'corridor_id',
  'indicator',
  'side',
  'country',
  'year',
  'national_value',
  'open_value',
  'open_year',
  'difference_pct',
  'review',
  'national_source',
  'cell',
];

export function renderReconciliation(
  rows: readonly ReconciliationRow[],
  generatedAt: string,
): WriteBack {
  if (rows.length === 0) return { tabs: [], patches: [] };
  const name = RECONCILIATION_TAB;
  const values: CellValue[][] = [
    [BANNER, ...Array(HEADER.length - 1).fill('')],
    [`Generated ${generatedAt}`, ...Array(HEADER.length - 1).fill('')],
    [
      `National values that replace pre-filled open values; a difference over ${RECONCILE_THRESHOLD_PCT}% is flagged for review (a warning, not an error).`,
      ...Array(HEADER.length - 1).fill(''),
    ],
    HEADER,
    ...rows.map((r) => [
      r.corridorId,
      r.indicator,
      r.side,
      r.country,
      r.year,
      r.national,
      r.open,
      r.openYear,
      r.differencePct === null ? '' : Math.round(r.differencePct * 10) / 10,
      r.flagged ? 'review' : r.year !== r.openYear ? 'other year' : '',
      r.nationalSource,
      r.cell,
    ]),
  ];
  const patch: Patch = {
    tab: name,
    range: rangeA1(1, 1, values.length, HEADER.length),
    values,
    formats: values.map((row, i) =>
      row.map(() => (i === 3 ? { bold: true, background: '#1F4E79', color: '#FFFFFF' } : null)),
    ),
  };
  return {
    tabs: [
      {
        name,
        frozenRows: 4,
        columnWidths: [16, 28, 12, 9, 7, 14, 14, 9, 13, 10, 36, 16],
        tabColour: '#7F6000',
      },
    ],
    patches: [patch],
  };
}
