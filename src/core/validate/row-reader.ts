/**
 * The row loop the Indicators, Policy and Data availability readers share:
 * each filled row parsed by its row spec, its cell failures as issues, and
 * its corridor looked up (an unknown corridor_id is an issue too).
 * @module
 */

import { type Issue, issue } from '../contract/issue.ts';
import type { Corridor, Side } from '../template/types.ts';
import { isBlank, quote } from './cells.ts';
import type { RowOf, RowSpec } from './fields.ts';
import { memoField } from './memo-field.ts';
import { findCorridor } from './read-corridors.ts';
import type { ParsedRow, RowFailure } from './row-parse.ts';
import { address, type Sheet } from './sheet.ts';
import { sideCountry } from './side-country.ts';

export interface ReadRow<S extends RowSpec> extends ParsedRow<RowOf<S>> {
  /** 0-based row index into the sheet's data rows. */
  index: number;
  /** The A1 address of this row's cell in a column. */
  at(column: string): string;
}

/**
 * Calls `visit` for every row whose `filledBy` cell is not blank, with the row parsed by `spec`.
 * @example eachFilledRow(sheet, COLUMNS.Policy, policyRow, 'answer', (row) => ...)
 */
export function eachFilledRow<S extends RowSpec>(
  sheet: Sheet,
  columns: readonly string[],
  spec: S,
  filledBy: string,
  visit: (row: ReadRow<S>) => void,
): void {
  // the column indexes are looked up once per sheet, not once per row (a hot loop: 10k+ rows);
  // a name outside `columns` reads as a blank cell
  const indexOf = (name: string) => (columns.includes(name) ? sheet.columns.get(name) : undefined);
  const filledIndex = indexOf(filledBy);
  const keys = Object.keys(spec);
  const indexes = keys.map(indexOf);
  // parseRow's loop, with each column's repeated texts parsed once
  const parsers = keys.map((k) => memoField(spec[k]!));
  const rows = sheet.rows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!Array.isArray(row) || filledIndex === undefined || isBlank(row[filledIndex])) continue;
    const data: Record<string, unknown> = {};
    const failures: RowFailure[] = [];
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const c = indexes[k];
      const r = parsers[k]!(c === undefined ? undefined : row[c]);
      if (r.ok) data[key] = r.value;
      else failures.push({ column: key, code: r.code, expects: r.expects, found: r.found });
    }
    visit({ data: data as Partial<RowOf<S>>, failures, index: i, at: addressesOf(sheet, i) });
  }
}

/** The row's A1 addresser (returned anonymous, so no per-row function naming under a keep-names build). */
function addressesOf(sheet: Sheet, index: number): (column: string) => string {
  return (column) => address(sheet, index, column);
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
  label: string | (() => string),
  issues: Issue[],
  cells: { side: string; country: string } = new LazyCells(at),
): string | undefined {
  if (!corridor || !side) return undefined;
  return sideCountry(corridor, side, written, cells, label, issues);
}

/** The side and country cells' addresses, built only when an issue needs them (most rows have none). */
export class LazyCells {
  constructor(private readonly at: (column: string) => string) {}
  get side(): string {
    return this.at('side');
  }
  get country(): string {
    return this.at('country');
  }
}
