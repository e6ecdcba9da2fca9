/**
 * A workbook as a folder of CSV tabs (`<tab name>.csv`), for teams that keep
 * tabs under version control or export from another tool.
 *
 * Reading: strict UTF-8 (a BOM is allowed), never silent replacement.
 * Writing: each tab file is written on its own by atomic rename; nothing else
 * in the folder is ever renamed, moved or deleted.
 * @module
 */

import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { toCsv } from '../../core/contract/csv.ts';
import { type Failed, type PathIssue, pathIssue } from '../../core/contract/issue.ts';
import type { CellValue, Workbook } from '../../core/contract/workbook.ts';
import { gridLimitBreach, withRows } from '../../core/limits/grid-limits.ts';
import { DEFAULT_LIMITS, megabytes } from '../xlsx/read-limits.ts';
import { writeChunksAtomic } from './atomic-write.ts';
import { csvRows } from './csv-rows.ts';
import { decodeUtf8 } from './decode-utf8.ts';

/** Plain decimal numerals only: `12`, `-3.5`, `.5`, `1e6`. Not `0x10`, `1,234`, `1.234,5`, `n/a`. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** CSV has no types: a plain decimal numeral becomes a number and empty text null, as a spreadsheet would read it. */
export function csvCell(text: string): CellValue {
  if (text === '') return null;
  return NUMBER.test(text.trim()) ? Number(text) : text;
}

export type CsvFolderRead =
  | { ok: true; workbook: Workbook; files: Map<string, string> }
  | Failed<PathIssue>;

/** The tab name of a CSV file name, or undefined for files that are not tabs. */
export function tabOfFile(file: string): string | undefined {
  if (file.startsWith('.') || !file.toLowerCase().endsWith('.csv')) return undefined;
  return file.slice(0, -4);
}

/** @returns tab name -> rows, and tab name -> its file name */
export async function readCsvFolder(
  dir: string,
  maxBytes: number = DEFAULT_LIMITS.fileBytes,
  maxRows: number = DEFAULT_LIMITS.rows,
): Promise<CsvFolderRead> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter(
    (e) => e.isFile() && tabOfFile(e.name),
  );
  let bytes = 0;
  for (const e of entries) bytes += (await stat(join(dir, e.name))).size;
  if (bytes > maxBytes) {
    return {
      ok: false,
      issues: [
        pathIssue(
          'too_large',
          dir,
          `${dir}: ${megabytes(bytes)} of CSV tabs, over the limit of ${megabytes(maxBytes)} (raise it with --max-size, or split the observatory)`,
        ),
      ],
    };
  }
  const tabs: Workbook['tabs'] = {};
  const files = new Map<string, string>();
  for (const file of entries.map((e) => e.name).sort()) {
    const decoded = decodeUtf8(await readFile(join(dir, file)), join(dir, file));
    if (!decoded.ok) return decoded;
    const tab = tabOfFile(file)!;
    tabs[tab] = csvRows(decoded.text, csvCell);
    files.set(tab, file);
  }
  const breach = gridLimitBreach({ tabs: tabs as Record<string, unknown[][]> }, withRows(maxRows));
  if (breach) return { ok: false, issues: [pathIssue('limit', dir, `${dir}: ${breach.message}`)] };
  return { ok: true, workbook: { tabs }, files };
}

/** A tab name that can safely be a file name in the folder (no separators, not hidden). */
export function safeTabFile(tab: string): string | undefined {
  if (tab === '' || tab.startsWith('.') || /[\\/\0]/.test(tab)) return undefined;
  return `${tab}.csv`;
}

/** Rows per chunk of a CSV being written (about 1 MB of text for an Indicators tab). */
const CSV_CHUNK_ROWS = 8192;

/**
 * A tab's CSV text in chunks of rows: the same text as `toCsv(rows)` (each
 * cell is quoted on its own, and every row ends in CRLF), never one string
 * of the whole tab.
 */
export function* csvChunks(rows: readonly (readonly unknown[])[]): Generator<string> {
  if (rows.length === 0) {
    yield toCsv(rows);
    return;
  }
  for (let at = 0; at < rows.length; at += CSV_CHUNK_ROWS)
    yield toCsv(rows.slice(at, at + CSV_CHUNK_ROWS));
}

/**
 * Writes the given tabs as `<tab>.csv` into `dir` (created when missing), each
 * by atomic rename. Files of other tabs, and every other file, are left alone.
 */
export async function writeCsvTabs(dir: string, tabs: Workbook['tabs']): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, rows] of Object.entries(tabs)) {
    const file = safeTabFile(name);
    if (!file) throw new Error(`tab name "${name}" cannot be a file name`);
    await writeChunksAtomic(join(dir, file), csvChunks(rows));
    written.push(file);
  }
  return written;
}

/** Writes every tab of `workbook` as `<tab>.csv` into `dir`; other files in `dir` are kept. */
export async function writeCsvFolder(dir: string, workbook: Workbook): Promise<void> {
  await writeCsvTabs(dir, workbook.tabs);
}
