/**
 * The Indicators tab, long format: one prefilled row per expected indicator
 * x side x corridor; users fill year, value and source.
 * @module
 */
import { columnLetter } from '../../contract/a1.ts';
import type { DataValidationRule } from '../../contract/patch.ts';
import type { CorridorFacts } from '../../pack/facts.ts';
import { COLUMNS, CONFIDENCE, INPUT_TABS, SIDES } from '../layout.ts';
import type { CatalogueEntry } from '../types.ts';
import type { PlannedCorridor } from './corridor-spec.ts';
import { type ExpectedRow, expectedIndicatorRows } from './expected-rows.ts';
import { factSeriesFor } from './prefill/indicator-series.ts';
import { type PrefilledValue, prefilledValues } from './prefill/prefill-values.ts';
import {
  CELL_STYLES,
  HEADER_FORMAT,
  INPUT_TAB_COLOUR,
  SPARE_ROWS,
  type TabBuild,
} from './tab-build.ts';

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

interface IndicatorRow extends ExpectedRow {
  c: PlannedCorridor;
  filled?: PrefilledValue;
}

/** One row per expected indicator and side; with open data, one row per pre-filled year instead. */
function indicatorRows(
  corridors: readonly PlannedCorridor[],
  catalogue: readonly CatalogueEntry[],
  prefill: ReadonlyMap<string, CorridorFacts>,
): IndicatorRow[] {
  return corridors.flatMap((c) => {
    const facts = prefill.get(c.id);
    return expectedIndicatorRows(c, catalogue).flatMap((r): IndicatorRow[] => {
      const series = facts ? factSeriesFor(facts, r.entry.id, r.side) : undefined;
      const values = series
        ? prefilledValues(series, { start: c.periodStart, end: c.periodEnd })
        : [];
      return values.length === 0 ? [{ c, ...r }] : values.map((filled) => ({ c, ...r, filled }));
    });
  });
}

/** The cells of a pre-filled row that carry the `prefilled` style (few, so writing stays fast). */
const FILLED_COLUMNS = ['year', 'value'] as const;

export function indicatorsTab(
  corridors: readonly PlannedCorridor[],
  catalogue: readonly CatalogueEntry[],
  prefill: ReadonlyMap<string, CorridorFacts> = new Map(),
): TabBuild {
  const rows = indicatorRows(corridors, catalogue, prefill);
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
        r.filled?.year ?? '',
        r.filled?.value ?? '',
        r.entry.unit,
        r.filled?.source ?? '',
        r.filled?.sourceCode ?? r.entry.code,
        r.filled?.note ?? '',
        r.filled?.confidence ?? '',
      ]),
    ],
    cellFormats: rows.flatMap((r, i) =>
      r.filled
        ? FILLED_COLUMNS.map((name) => ({
            row: i + 1,
            column: COLUMNS.Indicators.indexOf(name),
            format: CELL_STYLES.prefilled,
          }))
        : [],
    ),
    // one note per indicator x side block: the rows of a pre-filled series repeat it otherwise
    notes: rows.flatMap((r, i) => {
      const prev = rows[i - 1];
      const repeat = prev && prev.c === r.c && prev.entry === r.entry && prev.side === r.side;
      return repeat ? [] : [{ row: i + 1, column: indicatorColumn, text: indicatorNote(r.entry) }];
    }),
    headerFormat: HEADER_FORMAT,
  };
}
