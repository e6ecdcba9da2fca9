/**
 * The row loop the Indicators, Policy and Data availability readers share:
 * each filled row parsed by its row spec, its cell failures as issues, and
 * its corridor looked up (an unknown corridor_id is an issue too).
 * @module
 */

import { type Issue, issue } from '../contract/issue.ts';
import type { Corridor, Side } from '../template/types.ts';
import { quote } from './cells.ts';
import type { RowOf, RowSpec } from './fields.ts';
import { findCorridor } from './read-corridors.ts';
import { type ParsedRow, parseRow } from './row-parse.ts';
import { address, record, type Sheet } from './sheet.ts';
import { sideCountry } from './side-country.ts';

export interface ReadRow<S extends RowSpec> extends ParsedRow<RowOf<S>> {
  /** 0-based row index into the sheet's data rows. */
  index: number;
  /** The A1 address of this row's cell in a column. */
  at(column: string): string;
}

/**
 * Calls `visit` for every row that `filled` says holds data, with the row parsed by `spec`.
 * @example eachFilledRow(sheet, COLUMNS.Policy, policyRow, (c) => !isBlank(c.answer), (row) => ...)
 */
export function eachFilledRow<S extends RowSpec>(
  sheet: Sheet,
  columns: readonly string[],
  spec: S,
  filled: (cells: Record<string, unknown>) => boolean,
  visit: (row: ReadRow<S>) => void,
): void {
  sheet.rows.forEach((_, i) => {
    const cells = record(sheet, i, columns);
    if (!filled(cells)) return;
    const parsed = parseRow(spec, cells);
    visit({ ...parsed, index: i, at: (column) => address(sheet, i, column) });
  });
}

/** The row's corridor; an id the Corridors tab does not list adds `unknown_corridor` at its cell. */
export function rowCorridor(
  id: string | undefined,
  corridors: Map<string, Corridor>,
  at: (column: string) => string,
  issues: Issue[],
): Corridor | undefined {
  if (id === undefined) return undefined;
  const corridor = findCorridor(corridors, id);
  if (!corridor) {
    issues.push(
      issue(
        'unknown_corridor',
        at('corridor_id'),
        `corridor_id expects a corridor listed in the Corridors tab, found ${quote(id)}`,
      ),
    );
  }
  return corridor;
}

/** A side the indicator or question does not have adds `unknown_side` at the side cell. */
export function checkRowSide(
  item: { id: string; sides: readonly Side[] } | undefined,
  side: Side | undefined,
  at: (column: string) => string,
  issues: Issue[],
): void {
  if (item && side && !item.sides.includes(side)) {
    issues.push(
      issue(
        'unknown_side',
        at('side'),
        `${item.id} expects side ${item.sides.join(' or ')}, found ${side}`,
      ),
    );
  }
}

/** The row's country on its side of the corridor (sideCountry), when the corridor and side are known. */
export function rowCountry(
  corridor: Corridor | undefined,
  side: Side | undefined,
  written: string | undefined,
  at: (column: string) => string,
  label: string,
  issues: Issue[],
): string | undefined {
  return corridor && side
    ? sideCountry(
        corridor,
        side,
        written,
        { side: at('side'), country: at('country') },
        label,
        issues,
      )
    : undefined;
}
