/** The bundled example observatory, split as teams would hold it: one spreadsheet per corridor. */
import { readdirSync, readFileSync } from 'node:fs';
import { parseCsv } from '../../../src/core/contract/csv.ts';
import type { PlainValue } from '../../support/fake-sheets/index.ts';

const DIR = 'examples/observatory';
export const PER_CORRIDOR = ['Corridors', 'Indicators', 'Policy', 'Data availability'];

/** Typed as a person typing into Sheets would get them: numbers become numbers. */
export const typed = (rows: string[][]): PlainValue[][] =>
  rows.map((r) => r.map((c) => (/^-?\d+(\.\d+)?$/.test(c) ? Number(c) : c)));

export const example: Record<string, string[][]> = Object.fromEntries(
  readdirSync(DIR).map((f) => [
    f.replace(/\.csv$/, ''),
    parseCsv(readFileSync(`${DIR}/${f}`, 'utf8')),
  ]),
);

export const exampleIds: string[] = example.Corridors!.slice(1).map((r) => r[0]!);

/** A 44-character spreadsheet ID derived from a corridor ID. */
export const sheetIdOf = (corridor: string) =>
  `1${corridor.replace('-', '')}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`.slice(0, 44);

/** Every tab of the example, with only `corridors`' rows in the per-corridor tabs. */
export function exampleTabs(corridors: readonly string[]): Record<string, PlainValue[][]> {
  const tabs: Record<string, PlainValue[][]> = {};
  for (const [name, rows] of Object.entries(example)) {
    tabs[name] = typed(
      PER_CORRIDOR.includes(name)
        ? rows.filter((r, i) => i === 0 || corridors.includes(r[0]!))
        : rows,
    );
  }
  return tabs;
}
