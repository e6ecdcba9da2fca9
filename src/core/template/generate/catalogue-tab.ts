/**
 * The Catalogue tab: the built-in indicators (read-only by convention) and
 * room below for the team's own.
 * @module
 */
import { columnLetter } from '../../contract/a1.ts';
import { DIMENSION_IDS } from '../catalogue/index.ts';
import { COLUMNS, INPUT_TABS } from '../layout.ts';
import type { CatalogueEntry } from '../types.ts';
import { HEADER_FORMAT, INPUT_TAB_COLOUR, SPARE_ROWS, type TabBuild } from './tab-build.ts';

type CatalogueColumn = (typeof COLUMNS.Catalogue)[number];
const col = (name: CatalogueColumn) => columnLetter(COLUMNS.Catalogue.indexOf(name) + 1);

/** A catalogue entry as a Catalogue-tab row, in COLUMNS order. */
export function catalogueRow(e: CatalogueEntry): (string | number)[] {
  const cells: Record<CatalogueColumn, string | number> = {
    id: e.id,
    name: e.name,
    dimension: e.dimension,
    unit: e.unit,
    side: e.sides.join(', '),
    direction: e.direction,
    min: e.min,
    max: e.max,
    source: e.source,
    code: e.code,
    weight: e.weight,
    goalpost_lower: e.goalpostLower ?? '',
    goalpost_upper: e.goalpostUpper ?? '',
  };
  return COLUMNS.Catalogue.map((c) => cells[c]);
}

export function catalogueTab(catalogue: readonly CatalogueEntry[]): TabBuild {
  const last = catalogue.length + 1 + SPARE_ROWS;
  const span = (name: CatalogueColumn) => `${col(name)}2:${col(name)}${last}`;
  return {
    tab: {
      name: INPUT_TABS.catalogue,
      frozenRows: 1,
      columnWidths: [30, 44, 26, 24, 22, 9, 10, 10, 40, 24, 8, 13, 13],
      tabColour: INPUT_TAB_COLOUR,
      validations: [
        {
          range: span('dimension'),
          kind: 'list',
          values: [...DIMENSION_IDS],
          message: 'One of the eight dimension ids',
          strict: true,
        },
        {
          range: span('direction'),
          kind: 'list',
          values: ['1', '-1', '0'],
          message: '1 = higher is better, -1 = higher is worse, 0 = descriptive',
          strict: true,
        },
        {
          range: span('weight'),
          kind: 'decimal',
          min: 0,
          max: 100,
          message: 'A weight from 0 to 100',
          strict: true,
        },
      ],
    },
    rows: [[...COLUMNS.Catalogue], ...catalogue.map(catalogueRow)],
    headerFormat: HEADER_FORMAT,
  };
}
