/**
 * Reads the Indicators tab (long format). A prefilled row left without year,
 * value and source is a data gap, not an error. A row with any error is left
 * out of the submission; its other cells are still checked.
 * @module
 */
import { type Issue, issue } from '../contract/issue.ts';
import { COLUMNS, CONFIDENCE, SIDES } from '../template/layout.ts';
import type { CatalogueEntry, Corridor, Observation } from '../template/types.ts';
import { clip, isBlank, quote } from './cells.ts';
import {
  choiceCell,
  numberCell,
  optionalText,
  type RowSpec,
  textCell,
  yearCell,
} from './fields.ts';
import { hardLimits } from './hard-limits.ts';
import { failureIssue } from './row-parse.ts';
import { checkRowSide, eachFilledRow, rowCorridor, rowCountry } from './row-reader.ts';
import type { Sheet } from './sheet.ts';

export const INDICATOR_REQUIRED_COLUMNS = [
  'corridor_id',
  'indicator',
  'side',
  'year',
  'value',
  'source',
] as const;

export const indicatorRow = {
  corridor_id: textCell('a corridor id from the Corridors tab'),
  indicator: textCell('an indicator id from the Catalogue tab'),
  side: choiceCell(SIDES, 'unknown_side'),
  country: optionalText(),
  year: yearCell(),
  value: numberCell(),
  unit: optionalText(),
  source: textCell('a source for the value', 'missing_source'),
  source_code: optionalText(),
  note: optionalText(),
  confidence: optionalText(),
} satisfies RowSpec;

const normUnit = (u: string) => u.toLowerCase().replace(/\s+/g, ' ').trim();
const fmt = (n: number) => (Math.abs(n) >= 10000 ? n.toLocaleString('en-US') : String(n));

/** What a value of `e` must be: `corridor_remit_cost (% of US$200 sent) expects a number between 1 and 20`. */
export const valueSubject = (e: CatalogueEntry) => `${e.id} (${e.unit})`;
export const valueExpects = (e: CatalogueEntry) =>
  `a number between ${fmt(e.min)} and ${fmt(e.max)}`;

/** `at` gives the cell's address, built only when an issue needs it (a hot loop: one call per row). */
function checkRange(
  entry: CatalogueEntry,
  value: number,
  at: (column: string) => string,
  issues: Issue[],
): void {
  const hard = hardLimits(entry);
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

export interface IndicatorContext {
  catalogue: Map<string, CatalogueEntry>;
  corridors: Map<string, Corridor>;
}

export function readIndicators(
  sheet: Sheet,
  ctx: IndicatorContext,
  issues: Issue[],
): Observation[] {
  const out: Observation[] = [];
  const seen = new Map<string, number>();
  const filled = (c: Record<string, unknown>) =>
    !(isBlank(c.year) && isBlank(c.value) && isBlank(c.source));
  eachFilledRow(sheet, COLUMNS.Indicators, indicatorRow, filled, (row) => {
    const { data, failures, at, index: i } = row;
    const before = issues.length;
    const entry = data.indicator === undefined ? undefined : ctx.catalogue.get(data.indicator);
    const label = `${clip(`${data.corridor_id ?? '?'} ${data.indicator ?? '?'} ${data.side ?? '?'}`)}`;
    for (const f of failures) {
      if (f.column === 'value' && entry) {
        issues.push(
          failureIssue(sheet, i, { ...f, expects: valueExpects(entry) }, valueSubject(entry)),
        );
      } else {
        issues.push(failureIssue(sheet, i, f, `${f.column} of ${label}`));
      }
    }
    const corridor = rowCorridor(data.corridor_id, ctx.corridors, at, issues);
    if (data.indicator !== undefined && !entry) {
      issues.push(
        issue(
          'unknown_indicator',
          at('indicator'),
          `indicator expects an id from the Catalogue tab, found ${quote(data.indicator)}`,
        ),
      );
    }
    const side = data.side;
    checkRowSide(entry, side, at, issues);
    const country = rowCountry(corridor, side, data.country, at, label, issues);
    if (
      entry &&
      data.unit !== undefined &&
      data.unit !== entry.unit &&
      normUnit(data.unit) !== normUnit(entry.unit)
    ) {
      issues.push(
        issue(
          'unit_mismatch',
          at('unit'),
          `${entry.id} expects unit "${entry.unit}", found ${quote(data.unit)}`,
        ),
      );
    }
    const value = data.value;
    if (entry && value !== undefined) checkRange(entry, value, at, issues);
    const year = data.year;
    if (
      corridor &&
      year !== undefined &&
      (year < corridor.periodStart || year > corridor.periodEnd)
    ) {
      issues.push(
        issue(
          'year_outside_period',
          at('year'),
          `year of ${label} expects the reference period ${corridor.periodStart}-${corridor.periodEnd} of ${corridor.id}, found ${year}`,
          'warning',
        ),
      );
    }
    let confidence: Observation['confidence'];
    if (data.confidence !== undefined) {
      const lower = data.confidence.toLowerCase();
      confidence = CONFIDENCE.find((c) => c === lower);
      if (!confidence) {
        issues.push(
          issue(
            'wrong_type',
            at('confidence'),
            `confidence of ${label} expects one of ${CONFIDENCE.join(', ')}, found ${quote(data.confidence)}; ignored`,
            'warning',
          ),
        );
      }
    }
    if (data.indicator !== undefined && side && year !== undefined) {
      const key = `${corridor?.id ?? data.corridor_id ?? ''}|${data.indicator}|${side}|${country ?? ''}|${year}`;
      const first = seen.get(key);
      if (first !== undefined) {
        issues.push(
          issue(
            'duplicate',
            at('value'),
            `${label} ${year} expects one value per corridor, indicator, side and year, found another at row ${first}`,
          ),
        );
      } else {
        seen.set(key, i + 2);
      }
    }
    let hasError = false;
    for (let k = before; k < issues.length && !hasError; k++)
      hasError = issues[k]!.severity === 'error';
    if (
      hasError ||
      !corridor ||
      !entry ||
      !side ||
      year === undefined ||
      value === undefined ||
      data.source === undefined
    )
      return;
    // built field by field in the same key order as before, without per-row spread objects
    const observation: Observation = {
      row: i + 2,
      corridorId: corridor.id,
      indicator: entry.id,
      side,
    } as Observation;
    if (country) observation.country = country;
    observation.year = year;
    observation.value = value;
    observation.unit = entry.unit;
    observation.source = data.source;
    if (data.source_code) observation.sourceCode = data.source_code;
    if (data.note) observation.note = data.note;
    if (confidence) observation.confidence = confidence;
    out.push(observation);
  });
  return out;
}
