/**
 * Opens what the user named: an .xlsx file or a folder of CSV tabs.
 * Never throws for a bad path or file: returns the issue for exit code 2.
 * @module
 */

import { readFile, stat } from 'node:fs/promises';
import { type Failed, type PathIssue, pathIssue } from '../../core/contract/issue.ts';
import type { Workbook } from '../../core/contract/workbook.ts';
import { withRows } from '../../core/limits/grid-limits.ts';
// not the ../xlsx barrel: it also exports the exceljs writer, which `assess` never needs
import { DEFAULT_LIMITS, type ReadLimits } from '../xlsx/read-limits.ts';
import type { SheetRef } from '../xlsx/read-parts.ts';
import { DEFAULT_MAX_BYTES, readXlsx } from '../xlsx/read-xlsx.ts';
import { readCsvFolder } from './csv-folder.ts';

export type Input =
  | {
      ok: true;
      kind: 'xlsx';
      path: string;
      workbook: Workbook;
      bytes: Uint8Array;
      sheets: SheetRef[];
    }
  | { ok: true; kind: 'csv-folder'; path: string; workbook: Workbook; files: Map<string, string> }
  | Failed<PathIssue>;

/** What the path names, without reading it: undefined when it does not exist. */
export async function inputKind(path: string): Promise<'xlsx' | 'csv-folder' | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return undefined;
  return info.isDirectory() ? 'csv-folder' : 'xlsx';
}

/** Limits for --max-rows: cells follow at 16 per row, a sheet part may hold 512 bytes of XML per row. */
function rowsLimits(rows: number): Partial<ReadLimits> {
  const partBytes = Math.max(DEFAULT_LIMITS.partBytes, rows * 512);
  return {
    ...withRows(rows),
    partBytes,
    totalBytes: Math.max(DEFAULT_LIMITS.totalBytes, Math.round(partBytes * 1.5)),
  };
}

export async function readInput(
  path: string,
  maxBytes: number = DEFAULT_MAX_BYTES,
  maxRows?: number,
  /** `all` also reads the generated tabs of an assessed workbook (its Scorecard, say). */
  tabs: 'template' | 'all' = 'template',
): Promise<Input> {
  const info = await stat(path).catch(() => undefined);
  if (!info)
    return fail(
      'not_found',
      path,
      `${path} does not exist; expected an .xlsx file or a folder of CSV tabs`,
    );
  if (info.isDirectory()) {
    const read = await readCsvFolder(path, maxBytes, maxRows);
    if (!read.ok) return read;
    if (Object.keys(read.workbook.tabs).length === 0) {
      return fail(
        'empty',
        path,
        `${path} holds no .csv files; expected one CSV per tab (e.g. Indicators.csv)`,
      );
    }
    return { ok: true, kind: 'csv-folder', path, workbook: read.workbook, files: read.files };
  }
  if (info.size > maxBytes) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return fail(
      'too_large',
      path,
      `${path} is ${mb(info.size)}, over the ${mb(maxBytes)} limit (raise it with --max-size, or split the observatory)`,
    );
  }
  // one copy of the file, viewed as a Uint8Array (no copy for the reader, none for the writer)
  const file = await readFile(path);
  const bytes = new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
  const read = await readXlsx(bytes, path, {
    maxBytes,
    tabs,
    ...(maxRows ? { limits: rowsLimits(maxRows) } : {}),
  });
  if (!read.ok) return read;
  return {
    ok: true,
    kind: 'xlsx',
    path,
    workbook: read.workbook,
    bytes,
    sheets: read.sheets,
  };
}

const fail = (code: PathIssue['code'], path: string, message: string): Failed<PathIssue> => ({
  ok: false,
  issues: [pathIssue(code, path, message)],
});
