/**
 * CSV files as records keyed by their header, read with the project's CSV reader.
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/core/contract/csv.ts';

export type Row = Record<string, string>;

export interface Table {
  header: string[];
  rows: Row[];
}

export function readTable(dir: string, file: string): Table {
  const [header = [], ...body] = parseCsv(readFileSync(join(dir, file), 'utf8'));
  const rows = body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
  return { header, rows };
}

/** A number, or undefined for an empty cell (the extracts' "missing"). */
export function num(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}
