/** Test helpers: a generated template, filled cell by cell. */
import type { Issue } from '../../src/core/contract/issue.ts';
import type { Workbook } from '../../src/core/contract/workbook.ts';
import { buildTemplate, type CorridorSpec } from '../../src/core/template/index.ts';
import { COLUMNS } from '../../src/core/template/layout.ts';

export const GENERATED_AT = '2026-11-28T15:00:00Z';

export function template(
  corridors: CorridorSpec[] = [
    { origin: 'MEX', destination: 'USA', periodStart: 2010, periodEnd: 2024 },
  ],
): Workbook {
  return buildTemplate({ corridors, generatedAt: GENERATED_AT }).workbook;
}

type IndicatorColumn = (typeof COLUMNS.Indicators)[number];

/** Fills the prefilled Indicators row; returns its 1-based sheet row. */
export function fill(
  wb: Workbook,
  corridor: string,
  indicator: string,
  side: string,
  cells: Partial<Record<IndicatorColumn, unknown>>,
): number {
  const rows = wb.tabs.Indicators!;
  const i = rows.findIndex((r) => r[0] === corridor && r[1] === indicator && r[2] === side);
  if (i < 0) throw new Error(`no prefilled row ${corridor} ${indicator} ${side}`);
  for (const [k, v] of Object.entries(cells))
    rows[i]![COLUMNS.Indicators.indexOf(k as IndicatorColumn)] = v;
  return i + 1;
}

/** Appends a row to a tab from named cells; returns its 1-based sheet row. */
export function addRow(
  wb: Workbook,
  tab: keyof typeof COLUMNS,
  cells: Record<string, unknown>,
): number {
  const header = COLUMNS[tab] as readonly string[];
  const rows = wb.tabs[tab]!;
  rows.push(header.map((h) => (h in cells ? cells[h] : '')));
  return rows.length;
}

/** Sets one named cell of a row found by its first cell. */
export function setCell(
  wb: Workbook,
  tab: keyof typeof COLUMNS,
  firstCell: unknown,
  column: string,
  value: unknown,
): number {
  const rows = wb.tabs[tab]!;
  const i = rows.findIndex((r) => r[0] === firstCell);
  rows[i]![(COLUMNS[tab] as readonly string[]).indexOf(column)] = value;
  return i + 1;
}

/** A good observation for the MEX-USA template. */
export const ok = (year: number, value: number) => ({ year, value, source: 'World Bank WDI' });

export const errors = (issues: Issue[]) => issues.filter((i) => i.severity === 'error');
export const withCode = (issues: Issue[], code: Issue['code']) =>
  issues.filter((i) => i.code === code);
