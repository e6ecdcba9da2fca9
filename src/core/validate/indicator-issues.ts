/**
 * The issues of an Indicators row, built only when a row has one (kept out
 * of the row loop, which stays small and quick to optimise).
 * @module
 */
import { type Issue, issue } from '../contract/issue.ts';
import { CONFIDENCE } from '../template/layout.ts';
import type { CatalogueEntry, Corridor } from '../template/types.ts';
import { quote } from './cells.ts';
import type { Limits } from './hard-limits.ts';
import { failureIssue, type RowFailure } from './row-parse.ts';
import type { Sheet } from './sheet.ts';

/** A cell's address in the current row. */
type At = (column: string) => string;
/** The current row's name in a message. */
type Label = () => string;

const fmt = (n: number) => (Math.abs(n) >= 10000 ? n.toLocaleString('en-US') : String(n));

/** What a value of `e` must be: `corridor_remit_cost (% of US$200 sent) expects a number between 1 and 20`. */
export const valueSubject = (e: CatalogueEntry) => `${e.id} (${e.unit})`;
export const valueExpects = (e: CatalogueEntry) =>
  `a number between ${fmt(e.min)} and ${fmt(e.max)}`;

/**
 * `hard` is hardLimits(entry), looked up once per run of the entry's rows; `at` gives the cell's
 * address, built only when an issue needs it (a hot loop: one call per row).
 */
export function checkRange(
  entry: CatalogueEntry,
  hard: Limits,
  value: number,
  at: (column: string) => string,
  issues: Issue[],
): void {
  if (value < hard.min || value > hard.max) {
    const bound =
      value < hard.min
        ? `a number of ${fmt(hard.min)} or more`
        : `a number of at most ${fmt(hard.max)}`;
    issues.push(
      issue(
        'out_of_range',
        at('value'),
        `${valueSubject(entry)} expects ${bound}, found ${fmt(value)}`,
      ),
    );
  } else if (value < entry.min || value > entry.max) {
    issues.push(
      issue(
        'out_of_range',
        at('value'),
        `${valueSubject(entry)} expects ${valueExpects(entry)} (the plausible range), found ${fmt(value)}; kept, please check it`,
        'warning',
      ),
    );
  }
}

/** The row's cell failures, the value's named after its indicator. */
export function pushFailures(
  sheet: Sheet,
  index: number,
  failures: readonly RowFailure[],
  entry: CatalogueEntry | undefined,
  label: Label,
  issues: Issue[],
): void {
  for (const f of failures) {
    if (f.column === 'value' && entry) {
      issues.push(
        failureIssue(sheet, index, { ...f, expects: valueExpects(entry) }, valueSubject(entry)),
      );
    } else {
      issues.push(failureIssue(sheet, index, f, `${f.column} of ${label()}`));
    }
  }
}

export const unknownIndicator = (indicator: string, at: At): Issue =>
  issue(
    'unknown_indicator',
    at('indicator'),
    `indicator expects an id from the Catalogue tab, found ${quote(indicator)}`,
  );

export const unitMismatch = (entry: CatalogueEntry, unit: string, at: At): Issue =>
  issue(
    'unit_mismatch',
    at('unit'),
    `${entry.id} expects unit "${entry.unit}", found ${quote(unit)}`,
  );

export const outsidePeriod = (corridor: Corridor, year: number, label: Label, at: At): Issue =>
  issue(
    'year_outside_period',
    at('year'),
    `year of ${label()} expects the reference period ${corridor.periodStart}-${corridor.periodEnd} of ${corridor.id}, found ${year}`,
    'warning',
  );

export const unknownConfidence = (written: string, label: Label, at: At): Issue =>
  issue(
    'wrong_type',
    at('confidence'),
    `confidence of ${label()} expects one of ${CONFIDENCE.join(', ')}, found ${quote(written)}; ignored`,
    'warning',
  );

export const duplicateValue = (year: number, first: number, label: Label, at: At): Issue =>
  issue(
    'duplicate',
    at('value'),
    `${label()} ${year} expects one value per corridor, indicator, side and year, found another at row ${first}`,
  );
