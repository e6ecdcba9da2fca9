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
 * One row object (its data and failures too) serves every row: read it in `visit`, never keep it.
 * A column whose cell fails reads as undefined in `data`.
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
  const data: Record<string, unknown> = {};
  const failures: RowFailure[] = [];
  const read = new ReusedRow<S>(sheet, data as Partial<RowOf<S>>, failures);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!Array.isArray(row) || filledIndex === undefined || isBlank(row[filledIndex])) continue;
    if (failures.length > 0) failures.length = 0;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const c = indexes[k];
      const r = parsers[k]!(c === undefined ? undefined : row[c]);
      if (r.ok) data[key] = r.value;
      else {
        data[key] = undefined;
        failures.push({ column: key, code: r.code, expects: r.expects, found: r.found });
      }
    }
    read.index = i;
    visit(read);
  }
}

/** The row eachFilledRow hands to its visitor, moved from row to row (no objects or functions made per row). */
class ReusedRow<S extends RowSpec> implements ReadRow<S> {
  index = 0;
  /** A property, not a method: visitors take it out of the row (`const { at } = row`). */
  readonly at = (column: string): string => address(this.sheet, this.index, column);
  constructor(
    private readonly sheet: Sheet,
    readonly data: Partial<RowOf<S>>,
    readonly failures: RowFailure[],
  ) {}
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
