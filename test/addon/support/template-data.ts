/**
 * Template content for the add-on tests: the rows a team would type into
 * the Indicators tab.
 * @module
 */
import { COLUMNS } from '../../../src/core/template/layout.ts';
import type { FakeSpreadsheet } from './fake-spreadsheet.ts';

export type Row = (string | number | null)[];

export const indicatorRow = (corridor: string, indicator: string, year: number, value: unknown, source: string): Row => [
  corridor, indicator, 'destination', 'USA', year, value as Row[number], 'persons', source, 'SM.POP.TOTL', null, 'high',
];

/** Writes Indicators rows under the header (replacing what was there), as typed by a person. */
export function typeIndicators(spreadsheet: FakeSpreadsheet, rows: Row[]): void {
  spreadsheet.seedTab('Indicators', [[...COLUMNS.Indicators], ...rows]);
}
