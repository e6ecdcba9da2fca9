/**
 * Reads COINr-format iData and iMeta CSV text into a CoinInput, checking the
 * tree and every cell. Portable: text in, values out, problems as values.
 * @module
 */
import { parseCsv } from '../../contract/csv.ts';
import type { Failed } from '../../contract/issue.ts';
import { compileTree } from '../tree/compile-tree.ts';
import type { CoinInput } from '../types.ts';
import { parseCell } from './parse-cell.ts';
import { type CsvIssue, csvIssue, readIMeta } from './read-imeta.ts';

export interface CsvFile {
  name: string;
  text: string;
}

const RESERVED = new Set(['uCode', 'uName', 'Time']);

/**
 * @param files - iData (units x columns) and iMeta (the indicator tree), as CSV text
 * @returns the engine input, or the issues naming file (`path`), row (header = 1) and column
 * @example readCoinCsv({ iData: { name: 'iData.csv', text }, iMeta: { name: 'iMeta.csv', text: metaText } })
 */
export function readCoinCsv(files: {
  iData: CsvFile;
  iMeta: CsvFile;
}): { ok: true; input: CoinInput } | Failed<CsvIssue> {
  const meta = readIMeta(files.iMeta.name, parseCsv(files.iMeta.text));
  if (!meta.ok) return meta;
  const { iMeta, fileRow } = meta;
  const problems: CsvIssue[] = [];
  const mf = files.iMeta.name;
  const tree = compileTree(iMeta);
  if (!tree.ok) {
    for (const p of tree.issues)
      problems.push(csvIssue(p.code, mf, fileRow[p.row] ?? 1, p.column, p.message));
  }
  const df = files.iData.name;
  const rows = parseCsv(files.iData.text);
  const header = rows[0] ?? [];
  const types = new Map(iMeta.map((r) => [r.iCode, r.Type]));
  const uCol = header.indexOf('uCode');
  if (uCol < 0)
    problems.push(
      csvIssue('missing_column', df, 1, 'uCode', 'missing column "uCode" in the iData header'),
    );
  header.forEach((h, j) => {
    if (RESERVED.has(h)) return;
    if (!types.has(h)) {
      problems.push(
        csvIssue(
          'unknown_icode',
          df,
          1,
          h || `column ${j + 1}`,
          `unknown iCode "${h}": not in ${mf}`,
        ),
      );
    }
  });
  const inData = new Set(header);
  iMeta.forEach((r, i) => {
    if (r.Type === 'Aggregate') return;
    if (!inData.has(r.iCode)) {
      problems.push(
        csvIssue(
          'missing_column',
          mf,
          fileRow[i] ?? 1,
          'iCode',
          `${r.Type} "${r.iCode}" has no column in ${df}`,
        ),
      );
    }
    if (
      r.Type === 'Indicator' &&
      r.Denominator !== undefined &&
      types.get(r.Denominator) !== 'Denominator'
    ) {
      problems.push(
        csvIssue(
          'unknown_icode',
          mf,
          fileRow[i] ?? 1,
          'Denominator',
          `Denominator "${r.Denominator}" of "${r.iCode}" is not a Denominator iCode`,
        ),
      );
    }
  });
  if (problems.length > 0) return { ok: false, issues: problems };
  const body = rows.slice(1);
  const n = body.length;
  const units: string[] = [];
  const input: CoinInput = { units, groups: {}, denominators: {}, indicators: {}, iMeta };
  const numeric: { j: number; col: Float64Array }[] = [];
  header.forEach((h, j) => {
    const t = types.get(h);
    if (t === 'Indicator' || t === 'Denominator' || t === 'Other' || h === 'Time') {
      const col = new Float64Array(n);
      numeric.push({ j, col });
      if (t === 'Indicator') input.indicators[h] = col;
      else if (t === 'Denominator') input.denominators[h] = col;
      else if (h === 'Time') input.time = Array.from(col);
    }
  });
  const nameCol = header.indexOf('uName');
  if (nameCol >= 0) input.unitNames = [];
  const groupCols = header.flatMap((h, j) =>
    types.get(h) === 'Group' ? [{ h, j, values: [] as string[] }] : [],
  );
  const seen = new Map<string, number>();
  body.forEach((cells, i) => {
    const row = i + 2;
    const u = (cells[uCol] ?? '').trim();
    if (u === '') problems.push(csvIssue('required', df, row, 'uCode', 'uCode is empty'));
    units.push(u);
    input.unitNames?.push((cells[nameCol] ?? '').trim());
    for (const g of groupCols) g.values.push((cells[g.j] ?? '').trim());
    for (const { j, col } of numeric) {
      const text = cells[j] ?? '';
      const v = parseCell(text);
      if (v === undefined) {
        problems.push(
          csvIssue(
            'wrong_type',
            df,
            row,
            header[j]!,
            `expected a number or an empty cell, found "${text.trim()}"`,
          ),
        );
      } else col[i] = v;
    }
    const time = header.indexOf('Time') >= 0 ? (cells[header.indexOf('Time')] ?? '').trim() : '';
    const key = `${u}\u0000${time}`;
    const first = seen.get(key);
    if (first !== undefined && u !== '') {
      problems.push(
        csvIssue(
          'duplicate',
          df,
          row,
          'uCode',
          `unit "${u}"${time ? ` at Time ${time}` : ''} repeats row ${first}`,
        ),
      );
    }
    seen.set(key, row);
  });
  for (const { j, col } of numeric) if (header[j] === 'Time') input.time = Array.from(col);
  for (const g of groupCols) input.groups[g.h] = g.values;
  if (problems.length > 0) return { ok: false, issues: problems };
  return { ok: true, input };
}
