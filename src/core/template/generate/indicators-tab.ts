/**
 * The Indicators tab, long format: one prefilled row per expected indicator
 * x side x corridor; users fill year, value and source.
 * @module
 */
import { columnLetter } from '../../contract/a1.ts';
import type { DataValidationRule } from '../../contract/patch.ts';
import { COLUMNS, CONFIDENCE, INPUT_TABS, SIDES } from '../layout.ts';
import type { CatalogueEntry } from '../types.ts';
import type { PlannedCorridor } from './corridor-spec.ts';
import { expectedIndicatorRows } from './expected-rows.ts';
import { HEADER_FORMAT, INPUT_TAB_COLOUR, SPARE_ROWS, type TabBuild } from './tab-build.ts';

const col = (name: (typeof COLUMNS.Indicators)[number]) =>
  columnLetter(COLUMNS.Indicators.indexOf(name) + 1);

const DIRECTION_TEXT = {
  1: 'higher is better',
  [-1]: 'higher is worse',
  0: 'descriptive, not scored',
} as const;

/** The note shown on an indicator cell: what it is and what values fit. */
export function indicatorNote(e: CatalogueEntry): string {
  return `${e.name}. Unit: ${e.unit}. Plausible range ${e.min} to ${e.max}; ${DIRECTION_TEXT[e.direction]}. Source: ${e.source}${e.code ? ` (${e.code})` : ''}.`;
}

export function indicatorsTab(
  corridors: readonly PlannedCorridor[],
  catalogue: readonly CatalogueEntry[],
): TabBuild {
  const rows = corridors.flatMap((c) =>
    expectedIndicatorRows(c, catalogue).map((r) => ({ c, ...r })),
  );
  const last = rows.length + 1 + SPARE_ROWS;
  const span = (name: (typeof COLUMNS.Indicators)[number]) => `${col(name)}2:${col(name)}${last}`;
  const validations: DataValidationRule[] = [
    {
      range: span('corridor_id'),
      kind: 'list',
      sourceRange: `${INPUT_TABS.corridors}!$A$2:$A$${corridors.length + 1 + SPARE_ROWS}`,
      message: 'A corridor id from the Corridors tab',
      strict: true,
    },
    {
      range: span('indicator'),
      kind: 'list',
      sourceRange: `${INPUT_TABS.catalogue}!$A$2:$A$${catalogue.length + 1 + SPARE_ROWS}`,
      message: 'An indicator id from the Catalogue tab',
      strict: true,
    },
    {
      range: span('side'),
      kind: 'list',
      values: [...SIDES],
      message: `One of ${SIDES.join(', ')}`,
      strict: true,
    },
    {
      range: span('year'),
      kind: 'whole',
      min: 1900,
      max: 2100,
      message: 'A year from 1900 to 2100',
      strict: true,
    },
    {
      range: span('value'),
      kind: 'decimal',
      message: 'A plain number in the unit of the row',
      strict: false,
    },
    {
      range: span('confidence'),
      kind: 'list',
      values: [...CONFIDENCE],
      message: `One of ${CONFIDENCE.join(', ')}`,
      strict: true,
    },
  ];
  const indicatorColumn = COLUMNS.Indicators.indexOf('indicator');
  return {
    tab: {
      name: INPUT_TABS.indicators,
      frozenRows: 1,
      columnWidths: [18, 30, 12, 9, 7, 14, 24, 36, 22, 30, 11],
      tabColour: INPUT_TAB_COLOUR,
      validations,
    },
    rows: [
      [...COLUMNS.Indicators],
      ...rows.map((r) => [
        r.c.id,
        r.entry.id,
        r.side,
        r.country,
        '',
        '',
        r.entry.unit,
        '',
        r.entry.code,
        '',
        '',
      ]),
    ],
    notes: rows.map((r, i) => ({
      row: i + 1,
      column: indicatorColumn,
      text: indicatorNote(r.entry),
    })),
    headerFormat: HEADER_FORMAT,
  };
}
