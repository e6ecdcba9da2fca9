/** The Data availability tab: each data source, for each country end of a corridor. @module */
import { columnLetter } from '../../contract/a1.ts';
import type { CorridorFacts } from '../../pack/facts.ts';
import { DATA_SOURCES } from '../data-sources.ts';
import { AVAILABILITY_STATUS, COLUMNS, INPUT_TABS, type Side } from '../layout.ts';
import type { CatalogueEntry } from '../types.ts';
import type { PlannedCorridor } from './corridor-spec.ts';
import { applicableSides, countryForSide } from './expected-rows.ts';
import { corridorLedger, LEDGER_AVAILABILITY } from './prefill/ledger.ts';
import {
  CELL_STYLES,
  HEADER_FORMAT,
  INPUT_TAB_COLOUR,
  SPARE_ROWS,
  type TabBuild,
} from './tab-build.ts';

export interface LedgerOptions {
  catalogue: readonly CatalogueEntry[];
  prefill: ReadonlyMap<string, CorridorFacts>;
  referenceYear: number;
}

const col = (name: (typeof COLUMNS)['Data availability'][number]) =>
  columnLetter(COLUMNS['Data availability'].indexOf(name) + 1);

const COUNTRY_SIDES: Side[] = ['origin', 'transit', 'destination'];

/**
 * One row per data source and country end; for a pre-filled corridor, then
 * its data-gap ledger: one row per indicator and side with the ledger status.
 */
export function availabilityTab(
  corridors: readonly PlannedCorridor[],
  ledger?: LedgerOptions,
): TabBuild {
  const rows = corridors.flatMap((c) =>
    DATA_SOURCES.flatMap((item) =>
      applicableSides(c, COUNTRY_SIDES).map((side) => ({ c, item, side })),
    ),
  );
  const ledgerRows = corridors.flatMap((c) => {
    const facts = ledger?.prefill.get(c.id);
    return facts && ledger ? corridorLedger(c, ledger.catalogue, facts, ledger.referenceYear) : [];
  });
  const last = rows.length + ledgerRows.length + 1 + SPARE_ROWS;
  const statusColumn = COLUMNS['Data availability'].indexOf('status');
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
      ...ledgerRows.map((l) => [
        l.corridorId,
        l.indicator,
        l.side,
        l.country,
        LEDGER_AVAILABILITY[l.status],
        l.latestYear ?? '',
        l.source,
        `ledger: ${l.status}${l.age !== null ? `, age ${l.age} year(s)` : ''}; ${l.note}`,
      ]),
    ],
    notes: rows.map((r, i) => ({ row: i + 1, column: itemColumn, text: r.item.label })),
    cellFormats: ledgerRows.map((l, i) => ({
      row: rows.length + i + 1,
      column: statusColumn,
      format: l.status === 'pre-filled' ? CELL_STYLES.prefilled : CELL_STYLES.ledgerGap,
    })),
    headerFormat: HEADER_FORMAT,
  };
}
