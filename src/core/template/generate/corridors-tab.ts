/** The Corridors tab: one row per corridor. @module */
import { columnLetter } from '../../contract/a1.ts';
import { COLUMNS, INPUT_TABS } from '../layout.ts';
import type { PlannedCorridor } from './corridor-spec.ts';
import { HEADER_FORMAT, INPUT_TAB_COLOUR, SPARE_ROWS, type TabBuild } from './tab-build.ts';

const col = (name: (typeof COLUMNS.Corridors)[number]) =>
  columnLetter(COLUMNS.Corridors.indexOf(name) + 1);

export function corridorsTab(corridors: readonly PlannedCorridor[]): TabBuild {
  const last = corridors.length + 1 + SPARE_ROWS;
  const years = (c: string) => `${c}2:${c}${last}`;
  return {
    tab: {
      name: INPUT_TABS.corridors,
      frozenRows: 1,
      columnWidths: [18, 10, 10, 12, 12, 12, 24, 24, 30],
      tabColour: INPUT_TAB_COLOUR,
      validations: [
        {
          range: years(col('period_start')),
          kind: 'whole',
          min: 1900,
          max: 2100,
          message: 'A year from 1900 to 2100',
          strict: true,
        },
        {
          range: years(col('period_end')),
          kind: 'whole',
          min: 1900,
          max: 2100,
          message: 'A year from 1900 to 2100',
          strict: true,
        },
      ],
    },
    rows: [
      [...COLUMNS.Corridors],
      ...corridors.map((c) => [
        c.id,
        c.origin,
        c.transit ?? '',
        c.destination,
        c.periodStart,
        c.periodEnd,
        '',
        '',
        '',
      ]),
    ],
    headerFormat: HEADER_FORMAT,
  };
}
