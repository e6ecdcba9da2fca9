/**
 * The country of a row on a given side of a corridor: filled in when blank,
 * checked against the corridor when given.
 * @module
 */

import { type Issue, issue } from '../contract/issue.ts';
import { countryForSide } from '../template/generate/expected-rows.ts';
import type { Corridor, Side } from '../template/types.ts';
import { quote } from './cells.ts';
import { checkCountryCell } from './country-cell.ts';

/**
 * The row's country (undefined for corridor and migrants sides), pushing issues for mismatches;
 * `label` names the row in a message (a function: built only when a message needs it).
 */
export function sideCountry(
  corridor: Corridor,
  side: Side,
  written: string | undefined,
  cells: { side: string; country: string },
  label: string | (() => string),
  issues: Issue[],
): string | undefined {
  if (side === 'corridor' || side === 'migrants') return undefined;
  const expected = countryForSide(corridor, side);
  if (expected === '') {
    issues.push(
      issue(
        'inconsistent',
        cells.side,
        `side transit expects corridor ${corridor.id} to have a transit country, found none`,
      ),
    );
    return undefined;
  }
  // the corridor's own code was checked on the Corridors tab already
  if (written === undefined || written.trim().toUpperCase() === expected) return expected;
  const name = typeof label === 'string' ? label : label();
  const country = checkCountryCell(written, cells.country, `country of ${name}`, issues);
  if (country !== expected) {
    issues.push(
      issue(
        'inconsistent',
        cells.country,
        `country of ${name} expects ${expected}, the corridor's ${side}, found ${quote(written)}`,
      ),
    );
  }
  return country;
}
