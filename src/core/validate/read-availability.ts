/**
 * Reads the Data availability tab: a status per data source (or indicator)
 * and side. Rows without a status are skipped.
 * @module
 */
import { type Issue, issue } from '../contract/issue.ts';
import { AVAILABILITY_STATUS, COLUMNS, SIDES } from '../template/layout.ts';
import type { AvailabilityRow, Corridor } from '../template/types.ts';
import { clip, quote } from './cells.ts';
import { choiceCell, optionalText, optionalYear, type RowSpec, textCell } from './fields.ts';
import { KeyIds } from './key-ids.ts';
import { failureIssue } from './row-parse.ts';
import { eachFilledRow, type ReadRow, rowCorridor, rowCountry } from './row-reader.ts';
import type { Sheet } from './sheet.ts';

export const AVAILABILITY_REQUIRED_COLUMNS = ['corridor_id', 'item', 'side', 'status'] as const;

export const availabilityRow = {
  corridor_id: textCell('a corridor id from the Corridors tab'),
  item: textCell('a data source or indicator id'),
  side: choiceCell(SIDES, 'unknown_side'),
  country: optionalText(),
  status: choiceCell(AVAILABILITY_STATUS, 'invalid_answer'),
  latest_year: optionalYear(),
  source: optionalText(),
  note: optionalText(),
} satisfies RowSpec;

export interface AvailabilityContext {
  /** Data source ids, indicator ids and policy question ids. */
  items: Set<string>;
  corridors: Map<string, Corridor>;
}

export function readAvailability(
  sheet: Sheet,
  ctx: AvailabilityContext,
  issues: Issue[],
): AvailabilityRow[] {
  const out: AvailabilityRow[] = [];
  // the first row of each corridor|item|side, by tuple id (no joined key per row; walked side, corridor, item)
  const ids = new KeyIds([2, 0, 1]);
  const tuple = ['', '', ''];
  const firstRow: number[] = [];
  // the row being read: the label reads it, so no function is made (and named) per row
  let data: ReadRow<typeof availabilityRow>['data'] = {};
  // the row's name in a message, built only when one needs it
  const label = () => clip(`${data.corridor_id ?? '?'} ${data.item ?? '?'} ${data.side ?? '?'}`);
  eachFilledRow(sheet, COLUMNS['Data availability'], availabilityRow, 'status', (row) => {
    const { failures, at, index: i } = row;
    data = row.data;
    const before = issues.length;
    for (let k = 0; k < failures.length; k++) {
      const f = failures[k]!;
      issues.push(failureIssue(sheet, i, f, `${f.column} of ${label()}`));
    }
    const corridor = rowCorridor(data.corridor_id, ctx.corridors, at, issues);
    if (data.item !== undefined && !ctx.items.has(data.item)) {
      issues.push(
        issue(
          'unknown_indicator',
          at('item'),
          `item expects a data source (population_census, labour_force_survey, ...) or an indicator id, found ${quote(data.item)}`,
        ),
      );
    }
    const side = data.side;
    const country = rowCountry(corridor, side, data.country, at, label, issues);
    if (corridor && data.item !== undefined && side) {
      tuple[0] = corridor.id;
      tuple[1] = data.item;
      tuple[2] = side;
      const id = ids.id(tuple);
      const first = firstRow[id];
      if (first !== undefined)
        issues.push(
          issue(
            'duplicate',
            at('status'),
            `${label()} expects one status per corridor, item and side, found another at row ${first}`,
          ),
        );
      else firstRow[id] = i + 2;
    }
    let hasError = false;
    for (let k = before; k < issues.length && !hasError; k++)
      hasError = issues[k]!.severity === 'error';
    if (hasError || !corridor || !side || !data.item || !data.status) return;
    // field by field in the same key order, without spread objects
    const read: AvailabilityRow = {
      row: i + 2,
      corridorId: corridor.id,
      item: data.item,
      side,
    } as AvailabilityRow;
    if (country) read.country = country;
    read.status = data.status;
    if (data.latest_year !== undefined) read.latestYear = data.latest_year;
    if (data.source) read.source = data.source;
    out.push(read);
  });
  return out;
}
