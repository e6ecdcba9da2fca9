/** Loads the COINr ASEM fixtures for the conformance tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parseCsv } from '../../../src/core/contract/csv.ts';
import { readCoinCsv } from '../../../src/core/engine/read/read-coin-csv.ts';
import type { CoinInput } from '../../../src/core/engine/types.ts';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/coinr-asem');

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function asemInput(): CoinInput {
  const r = readCoinCsv({
    iData: { name: 'input_ASEM_iData.csv', text: fixtureText('input_ASEM_iData.csv') },
    iMeta: { name: 'input_ASEM_iMeta.csv', text: fixtureText('input_ASEM_iMeta.csv') },
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 3)));
  return r.input;
}

/** A fixture table keyed by its first column: key -> column -> value (NaN for empty). */
export interface Table {
  header: string[];
  keys: string[];
  get(key: string, column: string): number;
  text(key: string, column: string): string;
}

export function fixtureTable(name: string): Table {
  const rows = parseCsv(fixtureText(name));
  const header = rows[0]!;
  const byKey = new Map(rows.slice(1).map((r) => [r[0]!, r]));
  return {
    header,
    keys: [...byKey.keys()],
    text: (key, column) => byKey.get(key)?.[header.indexOf(column)] ?? '',
    get(key, column) {
      const t = byKey.get(key)?.[header.indexOf(column)];
      return t === undefined || t === '' || t === 'NA' ? Number.NaN : Number(t);
    },
  };
}

/** Asserts every numeric cell of a fixture (columns after the key) to `tol`, NaN matching NaN. */
export function expectTableMatches(
  table: Table,
  units: readonly string[],
  columns: Record<string, Float64Array>,
  skip: readonly string[] = [],
  tol = 1e-9,
): number {
  let compared = 0;
  for (const column of table.header.slice(1)) {
    if (skip.includes(column)) continue;
    const col = columns[column];
    expect(col, `column ${column}`).toBeDefined();
    for (const key of table.keys) {
      const i = units.indexOf(key);
      expect(i, `unit ${key}`).toBeGreaterThanOrEqual(0);
      const want = table.get(key, column);
      const got = col![i]!;
      if (Number.isNaN(want)) expect(got, `${key} ${column}`).toBeNaN();
      else
        expect(
          Math.abs(got - want),
          `${key} ${column}: got ${got}, want ${want}`,
        ).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(want)));
      compared++;
    }
  }
  return compared;
}
