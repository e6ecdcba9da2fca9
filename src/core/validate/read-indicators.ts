/**
 * Reads the Indicators tab (long format). A prefilled row left without year,
 * value and source is a data gap, not an error. A row with any error is left
 * out of the submission; its other cells are still checked.
 * @module
 */
import type { Issue } from '../contract/issue.ts';
import { CONFIDENCE, SIDES } from '../template/layout.ts';
import type { CatalogueEntry, Corridor, Observation, Side } from '../template/types.ts';
import { clip, finiteNumber, isBlank, MAX_YEAR, MIN_YEAR, untrimmable } from './cells.ts';
import { plainRow } from './check-formula-text.ts';
import {
  choiceCell,
  type FieldResult,
  numberCell,
  optionalText,
  type RowSpec,
  textCell,
  yearCell,
} from './fields.ts';
import { FirstRows } from './first-rows.ts';
import { hardLimits, type Limits } from './hard-limits.ts';
import {
  checkRange,
  duplicateValue,
  outsidePeriod,
  pushFailures,
  unitMismatch,
  unknownConfidence,
  unknownIndicator,
} from './indicator-issues.ts';
import { IndicatorObservation } from './indicator-observation.ts';
import { KeyIds } from './key-ids.ts';
import { memoField } from './memo-field.ts';
import type { RowFailure } from './row-parse.ts';
import { checkRowSide, LazyCells, rowCorridor, rowCountry } from './row-reader.ts';
import { address, type Sheet } from './sheet.ts';

export { valueExpects, valueSubject } from './indicator-issues.ts';

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

export interface IndicatorContext {
  catalogue: Map<string, CatalogueEntry>;
  corridors: Map<string, Corridor>;
}

/** The result of a cell, pushing its failure (in column order, as parseRow does). */
function take<T>(column: string, r: FieldResult<T>, failures: RowFailure[]): T | undefined {
  if (r.ok) return r.value;
  failures.push({ column, code: r.code, expects: r.expects, found: r.found });
  return undefined;
}

/**
 * Reads every filled row. A hot loop (400k+ rows): the row's cells are read by
 * column index, repeated texts parsed once (memoField), addresses and labels
 * built only for an issue, and duplicates found by tuple id, not a joined key.
 * Row for row the same checks, issues and order as the generic row reader.
 * `plain` (one entry per data row), when given, gets 1 for each filled row that
 * is a plainRow: its cells are at hand here, so the formula-text check skips it.
 */
export function readIndicators(
  sheet: Sheet,
  ctx: IndicatorContext,
  issues: Issue[],
  plain?: Uint8Array,
): Observation[] {
  const out: Observation[] = [];
  // column indexes once per sheet; an absent (optional) column is -1 and reads as blank
  const column = (name: string) => sheet.columns.get(name) ?? -1;
  const cCorridor = column('corridor_id');
  const cIndicator = column('indicator');
  const cSide = column('side');
  const cCountry = column('country');
  const cYear = column('year');
  const cValue = column('value');
  const cUnit = column('unit');
  const cSource = column('source');
  const cCode = column('source_code');
  const cNote = column('note');
  const cConf = column('confidence');
  const spec = indicatorRow;
  const pCorridor = memoField(spec.corridor_id);
  const pIndicator = memoField(spec.indicator);
  const pSide = memoField(spec.side);
  const pCountry = memoField(spec.country);
  const pYear = memoField(spec.year);
  const pUnit = memoField(spec.unit);
  const pSource = memoField(spec.source);
  const pCode = memoField(spec.source_code);
  // notes are mostly all different: parsed as they come, except blank ones
  const blankNote = spec.note.parse(undefined);
  const pNote = (v: unknown) =>
    v === undefined || v === null || v === '' ? blankNote : spec.note.parse(v);
  const pConf = memoField(spec.confidence);
  const rows = sheet.rows;
  // the row being read: the addresser and the label read these, so no closure is made per row
  let i = 0;
  let corridorId: string | undefined;
  let indicator: string | undefined;
  let side: Side | undefined;
  const at = (name: string) => address(sheet, i, name);
  const label = () => clip(`${corridorId ?? '?'} ${indicator ?? '?'} ${side ?? '?'}`);
  const cells = new LazyCells(at);
  const failures: RowFailure[] = [];
  const tuple = ['', '', '', ''];
  // walked side, country, corridor, then indicator: the parts with fewest values first
  const ids = new KeyIds([2, 3, 0, 1]);
  // rows come in runs: the last lookups answer most rows
  let lastIndicator: string | undefined;
  let lastEntry: CatalogueEntry | undefined;
  let lastLimits: Limits | undefined;
  let lastCorridorId: string | undefined;
  let lastCorridor: Corridor | undefined;
  let lastWritten: string | undefined;
  let lastCountryCorridor: Corridor | undefined;
  let lastCountrySide: Side | undefined;
  let lastCountry: string | undefined;
  let lastUnit: string | undefined;
  let lastUnitEntry: CatalogueEntry | undefined;
  let lastUnitMismatch = false;
  let lastSideEntry: CatalogueEntry | undefined;
  let lastSide: Side | undefined;
  let lastWrittenConfidence: string | undefined;
  let lastConfidence: Observation['confidence'];
  const firstRows = new FirstRows();
  for (; i < rows.length; i++) {
    const row = rows[i];
    if (!Array.isArray(row)) continue;
    const yearCell = row[cYear];
    const valueCell = row[cValue];
    const sourceCell = row[cSource];
    if (isBlank(yearCell) && isBlank(valueCell) && isBlank(sourceCell)) continue;
    if (plain !== undefined && plainRow(row)) plain[i] = 1;
    if (failures.length > 0) failures.length = 0;
    corridorId = take('corridor_id', pCorridor(row[cCorridor]), failures);
    indicator = take('indicator', pIndicator(row[cIndicator]), failures);
    side = take('side', pSide(row[cSide]), failures);
    const written = take('country', pCountry(cCountry < 0 ? undefined : row[cCountry]), failures);
    const year =
      typeof yearCell === 'number' &&
      Number.isInteger(yearCell) &&
      yearCell >= MIN_YEAR &&
      yearCell <= MAX_YEAR
        ? yearCell
        : take('year', pYear(yearCell), failures);
    let value = finiteNumber(valueCell);
    if (value === undefined) value = take('value', spec.value.parse(valueCell), failures);
    const unit = take('unit', pUnit(cUnit < 0 ? undefined : row[cUnit]), failures);
    const source = take('source', pSource(sourceCell), failures);
    const sourceCode = take('source_code', pCode(cCode < 0 ? undefined : row[cCode]), failures);
    const noteCell = cNote < 0 ? undefined : row[cNote];
    // a note is mostly untrimmed text of its own: itself, without a parse result per row
    const note =
      typeof noteCell === 'string' && untrimmable(noteCell)
        ? noteCell
        : take('note', pNote(noteCell), failures);
    const writtenConfidence = take(
      'confidence',
      pConf(cConf < 0 ? undefined : row[cConf]),
      failures,
    );
    const before = issues.length;
    if (indicator !== lastIndicator) {
      lastIndicator = indicator;
      lastEntry = indicator === undefined ? undefined : ctx.catalogue.get(indicator);
      lastLimits = lastEntry && hardLimits(lastEntry);
    }
    const entry = lastEntry;
    if (failures.length > 0) pushFailures(sheet, i, failures, entry, label, issues);
    // a known corridor id repeats for many rows; an unknown one is looked up (and reported) each time
    const corridor =
      corridorId !== undefined && corridorId === lastCorridorId
        ? lastCorridor
        : rowCorridor(corridorId, ctx.corridors, at, issues);
    if (corridor) {
      lastCorridorId = corridorId;
      lastCorridor = corridor;
    }
    if (indicator !== undefined && !entry) issues.push(unknownIndicator(indicator, at));
    // a side the entry has stays fine for the rest of its run
    if (entry !== lastSideEntry || side !== lastSide) {
      const issuesBefore = issues.length;
      checkRowSide(entry, side, at, issues);
      lastSideEntry = issues.length === issuesBefore ? entry : undefined;
      lastSide = side;
    }
    let country: string | undefined;
    if (
      written !== undefined &&
      written === lastWritten &&
      corridor === lastCountryCorridor &&
      side === lastCountrySide
    ) {
      country = lastCountry;
    } else {
      const issuesBefore = issues.length;
      country = rowCountry(corridor, side, written, at, label, issues, cells);
      // the same written country on the same corridor and side gives the same answer when it gave no issue
      lastWritten = issues.length === issuesBefore ? written : undefined;
      lastCountryCorridor = corridor;
      lastCountrySide = side;
      lastCountry = country;
    }
    if (entry && unit !== undefined && (unit !== lastUnit || entry !== lastUnitEntry)) {
      lastUnit = unit;
      lastUnitEntry = entry;
      lastUnitMismatch = unit !== entry.unit && normUnit(unit) !== normUnit(entry.unit);
    }
    if (entry && unit !== undefined && lastUnitMismatch) issues.push(unitMismatch(entry, unit, at));
    if (entry && value !== undefined) checkRange(entry, lastLimits!, value, at, issues);
    if (
      corridor &&
      year !== undefined &&
      (year < corridor.periodStart || year > corridor.periodEnd)
    )
      issues.push(outsidePeriod(corridor, year, label, at));
    let confidence: Observation['confidence'];
    if (writtenConfidence !== undefined) {
      if (writtenConfidence !== lastWrittenConfidence) {
        lastWrittenConfidence = writtenConfidence;
        lastConfidence = confidenceOf(writtenConfidence);
      }
      confidence = lastConfidence;
      if (!confidence) issues.push(unknownConfidence(writtenConfidence, label, at));
    }
    if (indicator !== undefined && side && year !== undefined) {
      // the key corridor|indicator|side|country|year: a tuple id, then its year
      tuple[0] = corridor?.id ?? corridorId ?? '';
      tuple[1] = indicator;
      tuple[2] = side;
      tuple[3] = country ?? '';
      const first = firstRows.firstOrAdd(ids.id(tuple), year, i + 2);
      if (first !== undefined) issues.push(duplicateValue(year, first, label, at));
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
      source === undefined
    )
      continue;
    out.push(
      new IndicatorObservation(
        i + 2,
        corridor.id,
        entry.id,
        side,
        country,
        year,
        value,
        entry.unit,
        source,
        sourceCode,
        note,
        confidence,
      ),
    );
  }
  return out;
}

const CONFIDENCE_BY_LOWER = new Map<string, (typeof CONFIDENCE)[number]>(
  CONFIDENCE.map((c) => [c, c]),
);
/** The confidence a written text names (without regard to case), else undefined. */
function confidenceOf(written: string): Observation['confidence'] {
  return CONFIDENCE_BY_LOWER.get(written) ?? CONFIDENCE_BY_LOWER.get(written.toLowerCase());
}
