/**
 * Reads the Corridors tab. A corridor whose codes parse is kept even when
 * other cells are wrong, so its Indicators rows are still checked.
 * @module
 */
import { type Issue, issue } from '../contract/issue.ts';
import { corridorId } from '../template/corridor-id.ts';
import { COLUMNS, INPUT_TABS } from '../template/layout.ts';
import type { Corridor } from '../template/types.ts';
import { isBlank, quote } from './cells.ts';
import { checkCountryCell } from './country-cell.ts';
import { optionalText, type RowSpec, textCell, yearCell } from './fields.ts';
import { failureIssue, parseRow } from './row-parse.ts';
import { address, cellsOf, record, type Sheet } from './sheet.ts';
import { suggestCountry } from './suggest-country.ts';

const REQUIRED = ['origin', 'destination', 'period_start', 'period_end'] as const;

export const corridorRow = {
  corridor_id: optionalText(),
  origin: textCell('an ISO 3166 alpha-3 country code'),
  transit: optionalText(),
  destination: textCell('an ISO 3166 alpha-3 country code'),
  period_start: yearCell(),
  period_end: yearCell(),
  team: optionalText(),
  contact_name: optionalText(),
  contact_email: optionalText(),
} satisfies RowSpec;

export interface CorridorsRead {
  corridors: Corridor[];
  /** Corridor id as written in the tab (and as derived) -> corridor. */
  lookup: Map<string, Corridor>;
}

export { REQUIRED as CORRIDOR_REQUIRED_COLUMNS };

/** The corridor an id names, as written or in upper case (`mex-usa` finds MEX-USA). */
export function findCorridor(lookup: Map<string, Corridor>, id: string): Corridor | undefined {
  return lookup.get(id) ?? lookup.get(id.toUpperCase());
}

export function readCorridors(sheet: Sheet, issues: Issue[]): CorridorsRead {
  const corridors: Corridor[] = [];
  const lookup = new Map<string, Corridor>();
  sheet.rows.forEach((row, i) => {
    if (cellsOf(row).every(isBlank)) return;
    const { data, failures } = parseRow(corridorRow, record(sheet, i, COLUMNS.Corridors));
    const label = typeof data.corridor_id === 'string' ? data.corridor_id : `row ${i + 2}`;
    for (const f of failures)
      issues.push(failureIssue(sheet, i, f, `${f.column} of corridor ${label}`));
    if (data.origin === undefined || data.destination === undefined) return;
    const at = (c: string) => address(sheet, i, c);
    const before = issues.length;
    const origin = checkCountryCell(
      data.origin,
      at('origin'),
      `origin of corridor ${label}`,
      issues,
    );
    const destination = checkCountryCell(
      data.destination,
      at('destination'),
      `destination of corridor ${label}`,
      issues,
    );
    const transit = data.transit
      ? checkCountryCell(data.transit, at('transit'), `transit of corridor ${label}`, issues)
      : undefined;
    const id = corridorId(origin, destination, transit);
    // an unknown code: suggest the one the corridor id names there, and do not
    // ask the user to change the (correct) corridor id to match the typo
    const unknown = suggestFromId(issues, before, data.corridor_id, {
      [at('origin')]: 0,
      ...(data.transit ? { [at('transit')]: 1 } : {}),
      [at('destination')]: data.transit ? 2 : 1,
    });
    if (origin === destination) {
      issues.push(
        issue(
          'inconsistent',
          at('destination'),
          `corridor ${id} expects a destination different from its origin, found ${origin} for both`,
        ),
      );
    }
    if (!unknown && data.corridor_id !== undefined && data.corridor_id.toUpperCase() !== id) {
      issues.push(
        issue(
          'inconsistent',
          at('corridor_id'),
          `corridor_id expects "${id}" (ORIGIN-${transit ? 'TRANSIT-' : ''}DESTINATION from its countries), found ${quote(data.corridor_id)}`,
        ),
      );
    }
    const start = data.period_start;
    const end = data.period_end;
    if (start !== undefined && end !== undefined && start > end) {
      issues.push(
        issue(
          'inconsistent',
          at('period_end'),
          `reference period of corridor ${id} expects period_start <= period_end, found ${start} > ${end}`,
        ),
      );
    }
    if (lookup.has(id)) {
      issues.push(
        issue(
          'duplicate',
          at('origin'),
          `corridor ${id} expects one row in ${INPUT_TABS.corridors}, found another at row ${lookup.get(id)!.row}`,
        ),
      );
      return;
    }
    const corridor: Corridor = {
      row: i + 2,
      id,
      origin,
      ...(transit ? { transit } : {}),
      destination,
      periodStart: start ?? 1900,
      periodEnd: end ?? 2100,
      ...(data.team ? { team: data.team } : {}),
      ...(data.contact_name ? { contactName: data.contact_name } : {}),
      ...(data.contact_email ? { contactEmail: data.contact_email } : {}),
    };
    corridors.push(corridor);
    lookup.set(id, corridor);
    if (data.corridor_id !== undefined) lookup.set(data.corridor_id, corridor);
  });
  return { corridors, lookup };
}

/**
 * Adds a suggestion to each unknown_country issue raised since `from` for the
 * cells given (cell -> position in the corridor id).
 * @returns whether any code was unknown
 */
function suggestFromId(
  issues: Issue[],
  from: number,
  corridorIdText: string | undefined,
  positions: Record<string, number>,
): boolean {
  const parts = corridorIdText?.toUpperCase().split('-') ?? [];
  let unknown = false;
  for (let k = from; k < issues.length; k++) {
    const it = issues[k]!;
    if (it.code !== 'unknown_country' || it.severity !== 'error') continue;
    const pos = positions[it.cell];
    if (pos === undefined) continue;
    unknown = true;
    const typed = /found "([^"]*)"/.exec(it.message)?.[1] ?? '';
    const hint = parts.length === Object.keys(positions).length ? parts[pos] : undefined;
    issues[k] = { ...it, message: `${it.message}${suggestCountry(typed, hint)}` };
  }
  return unknown;
}
