/**
 * The row loop the Indicators, Policy and Data availability readers share:
 * each filled row parsed by its row spec, its cell failures as issues, and
 * its corridor looked up (an unknown corridor_id is an issue too).
 * @module
 */
import { type Issue, issue } from '../contract/issue.ts';
import type { Corridor } from '../template/types.ts';
import type { RowOf, RowSpec } from './fields.ts';
import { findCorridor } from './read-corridors.ts';
import { type ParsedRow, parseRow } from './row-parse.ts';
import { address, record, type Sheet } from './sheet.ts';

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
        `corridor_id expects a corridor listed in the Corridors tab, found ${JSON.stringify(id)}`,
      ),
    );
  }
  return corridor;
}
