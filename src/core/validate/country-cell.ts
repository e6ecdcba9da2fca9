/** Checks a country code cell: ISO alpha-3, WB/UN non-ISO (warning) or unknown (error). @module */

import { type Issue, issue } from '../contract/issue.ts';
import { checkCountry } from '../template/countries.ts';
import { quote } from './cells.ts';

/** The upper-cased code, pushing an issue for non-ISO or unknown codes. */
export function checkCountryCell(
  code: string,
  cell: string,
  subject: string,
  issues: Issue[],
): string {
  const c = checkCountry(code);
  if (c.kind === 'unknown') {
    issues.push(
      issue(
        'unknown_country',
        cell,
        `${subject} expects an ISO 3166 alpha-3 country code such as MEX, found ${quote(code)}`,
      ),
    );
  } else if (c.kind === 'non_iso') {
    issues.push(
      issue(
        'unknown_country',
        cell,
        `${subject} "${c.code}" is a World Bank/UN code, not ISO 3166 alpha-3 (${c.name}); accepted`,
        'warning',
      ),
    );
  }
  return c.code;
}
