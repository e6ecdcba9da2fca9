/**
 * Reads the Catalogue tab. Rows with a built-in id must match the built-in
 * entry (a custom row can never silently redefine one): any change is a
 * warning and the built-in is used, so a workbook whose Catalogue tab comes
 * from an older template still assesses; rows with a new id
 * are the team's own indicators, checked and merged after the built-ins.
 * @module
 */
import { type Issue, issue } from '../contract/issue.ts';
import { DIMENSION_IDS } from '../template/catalogue/index.ts';
import { catalogueRow } from '../template/generate/catalogue-tab.ts';
import { COLUMNS, SIDES, type Side } from '../template/layout.ts';
import type { CatalogueEntry, Direction } from '../template/types.ts';
import { describeCell, isBlank, quote, readNumber, readText } from './cells.ts';
import {
  choiceCell,
  numberCell,
  optionalNumber,
  optionalText,
  type RowSpec,
  textCell,
} from './fields.ts';
import { failureIssue, parseRow } from './row-parse.ts';
import { address, cellsOf, record, type Sheet } from './sheet.ts';

export const CATALOGUE_REQUIRED_COLUMNS = [
  'id',
  'name',
  'dimension',
  'unit',
  'side',
  'direction',
  'min',
  'max',
  'source',
] as const;

export const catalogueRowSpec = {
  id: textCell('an id of lower-case letters, digits and _'),
  name: textCell('a name'),
  dimension: choiceCell(DIMENSION_IDS),
  unit: textCell('a unit'),
  side: textCell(`sides from ${SIDES.join(', ')}, separated by commas`),
  direction: choiceCell(['1', '-1', '0']),
  min: numberCell(),
  max: numberCell(),
  source: textCell('a source'),
  code: optionalText(),
  weight: optionalNumber('a weight of 0 or more'),
  goalpost_lower: optionalNumber(),
  goalpost_upper: optionalNumber(),
} satisfies RowSpec;

/** Equal as numbers when both read as numbers, else as trimmed text. */
function sameCell(written: unknown, builtIn: string | number): boolean {
  if (isBlank(written)) return builtIn === '';
  if (typeof builtIn === 'number') {
    const n = readNumber(written);
    return n.ok && n.value === builtIn;
  }
  const t = readText(written);
  return t.ok && t.value === builtIn;
}

/** Columns that only describe an indicator (e.g. a translated name): a change is a warning. */
const DESCRIPTIVE_COLUMNS = new Set(['name', 'source', 'code']);

function checkBuiltIn(sheet: Sheet, i: number, builtIn: CatalogueEntry, issues: Issue[]): void {
  const cells = record(sheet, i, COLUMNS.Catalogue);
  const expected = catalogueRow(builtIn);
  COLUMNS.Catalogue.forEach((col, k) => {
    if (!sheet.columns.has(col) || sameCell(cells[col], expected[k]!)) return;
    const descriptive = DESCRIPTIVE_COLUMNS.has(col);
    const what = descriptive ? 'differs from' : 'redefines';
    issues.push(
      issue(
        'invalid_catalogue',
        address(sheet, i, col),
        `Catalogue row ${builtIn.id} ${what} the built-in indicator: ${col} expects ${JSON.stringify(expected[k])}, found ${describeCell(cells[col])} (add your own indicator under a new id instead); the built-in is used`,
        // the built-in is used either way, so a tab from an older template still assesses
        'warning',
      ),
    );
  });
}

function parseSides(text: string): Side[] | undefined {
  const parts = text
    .split(/[,;/]+/)
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');
  const sides = parts.filter((p): p is Side => (SIDES as readonly string[]).includes(p));
  return sides.length === parts.length && sides.length > 0 ? [...new Set(sides)] : undefined;
}

/** Custom entries from the tab (built-in rows are only checked). */
export function readCatalogue(
  sheet: Sheet,
  builtIns: Map<string, CatalogueEntry>,
  issues: Issue[],
): CatalogueEntry[] {
  const custom: CatalogueEntry[] = [];
  const seen = new Map<string, number>();
  sheet.rows.forEach((row, i) => {
    if (cellsOf(row).every(isBlank)) return;
    const idCell = readText(record(sheet, i, ['id']).id);
    const builtIn = idCell.ok ? builtIns.get(idCell.value) : undefined;
    if (builtIn) {
      checkBuiltIn(sheet, i, builtIn, issues);
      return;
    }
    const before = issues.length;
    const bad = (col: string, msg: string) =>
      issues.push(issue('invalid_catalogue', address(sheet, i, col), msg));
    const { data: d, failures } = parseRow(catalogueRowSpec, record(sheet, i, COLUMNS.Catalogue));
    const label = `Catalogue row ${d.id ?? i + 2}`;
    for (const f of failures)
      issues.push(
        failureIssue(sheet, i, { ...f, code: 'invalid_catalogue' }, `${f.column} of ${label}`),
      );
    if (d.id !== undefined && !/^[a-z][a-z0-9_]*$/.test(d.id))
      bad(
        'id',
        `id of ${label} expects lower-case letters, digits and _ starting with a letter, found ${quote(d.id)}`,
      );
    const sides = d.side === undefined ? undefined : parseSides(d.side);
    if (d.side !== undefined && !sides)
      bad(
        'side',
        `side of ${label} expects sides from ${SIDES.join(', ')} separated by commas, found ${quote(d.side)}`,
      );
    if (d.min !== undefined && d.max !== undefined && d.min >= d.max)
      bad('max', `${label} expects min < max, found min ${d.min} and max ${d.max}`);
    if (d.weight !== undefined && d.weight < 0)
      bad('weight', `weight of ${label} expects a number of 0 or more, found ${d.weight}`);
    const lo = d.goalpost_lower;
    const hi = d.goalpost_upper;
    if ((lo === undefined) !== (hi === undefined))
      bad(
        lo === undefined ? 'goalpost_lower' : 'goalpost_upper',
        `${label} expects both goalposts or neither, found only ${lo === undefined ? 'goalpost_upper' : 'goalpost_lower'}`,
      );
    if (lo !== undefined && hi !== undefined && lo >= hi)
      bad(
        'goalpost_upper',
        `${label} expects goalpost_lower < goalpost_upper, found ${lo} and ${hi}`,
      );
    if (d.id !== undefined) {
      const first = seen.get(d.id);
      if (first !== undefined)
        issues.push(
          issue(
            'duplicate',
            address(sheet, i, 'id'),
            `custom indicator ${d.id} expects one Catalogue row, found another at row ${first}`,
          ),
        );
      else seen.set(d.id, i + 2);
    }
    if (issues.slice(before).some((x) => x.severity === 'error')) return;
    if (
      !d.id ||
      !d.name ||
      !d.dimension ||
      !d.unit ||
      !sides ||
      !d.direction ||
      d.min === undefined ||
      d.max === undefined ||
      !d.source
    )
      return;
    custom.push({
      id: d.id,
      name: d.name,
      dimension: d.dimension,
      unit: d.unit,
      sides,
      direction: Number(d.direction) as Direction,
      min: d.min,
      max: d.max,
      source: d.source,
      code: d.code ?? '',
      weight: d.weight ?? 1,
      ...(lo !== undefined && hi !== undefined ? { goalpostLower: lo, goalpostUpper: hi } : {}),
      custom: true,
    });
  });
  return custom;
}
