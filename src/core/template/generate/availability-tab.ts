/** The Data availability tab: each data source, for each country end of a corridor. @module */
import { columnLetter } from '../../contract/a1.ts';
import { DATA_SOURCES } from '../data-sources.ts';
import { AVAILABILITY_STATUS, COLUMNS, INPUT_TABS, type Side } from '../layout.ts';
import type { PlannedCorridor } from './corridor-spec.ts';
import { applicableSides, countryForSide } from './expected-rows.ts';
import { HEADER_FORMAT, INPUT_TAB_COLOUR, SPARE_ROWS, type TabBuild } from './tab-build.ts';

const col = (name: (typeof COLUMNS)['Data availability'][number]) =>
  columnLetter(COLUMNS['Data availability'].indexOf(name) + 1);

const COUNTRY_SIDES: Side[] = ['origin', 'transit', 'destination'];

export function availabilityTab(corridors: readonly PlannedCorridor[]): TabBuild {
  const rows = corridors.flatMap((c) =>
    DATA_SOURCES.flatMap((item) =>
      applicableSides(c, COUNTRY_SIDES).map((side) => ({ c, item, side })),
    ),
  );
  const last = rows.length + 1 + SPARE_ROWS;
  const itemColumn = COLUMNS['Data availability'].indexOf('item');
  return {
    tab: {
      name: INPUT_TABS.availability,
      frozenRows: 1,
      columnWidths: [18, 28, 12, 9, 12, 11, 36, 30],
      tabColour: INPUT_TAB_COLOUR,
      validations: [
        {
          range: `${col('status')}2:${col('status')}${last}`,
          kind: 'list',
          values: [...AVAILABILITY_STATUS],
          message: `One of ${AVAILABILITY_STATUS.join(', ')}`,
          strict: true,
        },
        {
          range: `${col('latest_year')}2:${col('latest_year')}${last}`,
          kind: 'whole',
          min: 1900,
          max: 2100,
          message: 'A year from 1900 to 2100',
          strict: true,
        },
      ],
    },
    rows: [
      [...COLUMNS['Data availability']],
      ...rows.map((r) => [r.c.id, r.item.id, r.side, countryForSide(r.c, r.side), '', '', '', '']),
    ],
    notes: rows.map((r, i) => ({ row: i + 1, column: itemColumn, text: r.item.label })),
    headerFormat: HEADER_FORMAT,
  };
}
