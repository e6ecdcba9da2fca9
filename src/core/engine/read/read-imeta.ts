/** Reads COINr's iMeta table from CSV rows. @module */
import type { Failed, IssueCode, TableIssue } from '../../contract/issue.ts';
import type { IMetaRow, IMetaType } from '../types.ts';
import { parseCell } from './parse-cell.ts';

/** A CSV problem: the file as `path`, its 1-based line (the header is row 1) and column header. */
export type CsvIssue = TableIssue;

export const csvIssue = (
  code: IssueCode,
  file: string,
  row: number,
  column: string,
  message: string,
): CsvIssue => ({ code, path: file, row, column, message, severity: 'error' });

const TYPES: readonly IMetaType[] = ['Indicator', 'Aggregate', 'Group', 'Denominator', 'Other'];
const REQUIRED = ['iCode', 'Level', 'Parent', 'Type'] as const;

/**
 * @param name - file name for messages
 * @param rows - parsed CSV rows, header first
 * @returns iMeta rows (with their file rows), or problems
 * @example readIMeta('iMeta.csv', parseCsv(text))
 */
export function readIMeta(
  name: string,
  rows: string[][],
): { ok: true; iMeta: IMetaRow[]; fileRow: number[] } | Failed<CsvIssue> {
  const problems: CsvIssue[] = [];
  const header = rows[0] ?? [];
  const col = (c: string) => header.indexOf(c);
  for (const c of REQUIRED) {
    if (col(c) < 0)
      problems.push(
        csvIssue('missing_column', name, 1, c, `missing column "${c}" in the iMeta header`),
      );
  }
  if (problems.length > 0) return { ok: false, issues: problems };
  const iMeta: IMetaRow[] = [];
  const fileRow: number[] = [];
  rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const get = (c: string) => {
      const j = col(c);
      return j < 0 ? '' : (cells[j] ?? '').trim();
    };
    const num = (c: string, fallback: number | undefined): number | undefined => {
      const t = get(c);
      if (t === '') return fallback;
      const v = parseCell(t);
      if (v === undefined)
        problems.push(csvIssue('wrong_type', name, row, c, `expected a number, found "${t}"`));
      return v !== undefined && !Number.isNaN(v) ? v : fallback;
    };
    const iCode = get('iCode');
    if (iCode === '') {
      if (cells.every((c) => c.trim() === '')) return;
      problems.push(csvIssue('required', name, row, 'iCode', 'iCode is empty'));
      return;
    }
    const type = get('Type') as IMetaType;
    if (!TYPES.includes(type)) {
      problems.push(
        csvIssue(
          'invalid_tree',
          name,
          row,
          'Type',
          `unknown Type "${get('Type')}"; expected one of ${TYPES.join(', ')}`,
        ),
      );
      return;
    }
    const inTree = type === 'Indicator' || type === 'Aggregate';
    const level = num('Level', inTree ? undefined : 0);
    if (inTree && level === undefined)
      problems.push(csvIssue('required', name, row, 'Level', `Level of "${iCode}" is empty`));
    const direction = num('Direction', 1) ?? 1;
    if (direction !== 1 && direction !== -1) {
      problems.push(
        csvIssue(
          'out_of_range',
          name,
          row,
          'Direction',
          `Direction must be 1 or -1, found ${direction}`,
        ),
      );
    }
    const r: IMetaRow = {
      Level: level ?? 0,
      iCode,
      Direction: direction,
      Weight: num('Weight', 1) ?? 1,
      Type: type,
    };
    const text = (c: 'iName' | 'Unit' | 'Denominator' | 'Parent') => {
      const t = get(c);
      if (t !== '') r[c] = t;
    };
    text('iName');
    text('Unit');
    text('Denominator');
    text('Parent');
    const opt = (c: 'Target' | 'goalpost_lower' | 'goalpost_upper' | 'goalpost_scale') => {
      const v = num(c, undefined);
      if (v !== undefined) r[c] = v;
    };
    opt('Target');
    opt('goalpost_lower');
    opt('goalpost_upper');
    opt('goalpost_scale');
    const trunc = get('goalpost_trunc2posts').toUpperCase();
    if (trunc !== '') {
      if (trunc === 'TRUE' || trunc === '1') r.goalpost_trunc2posts = true;
      else if (trunc === 'FALSE' || trunc === '0') r.goalpost_trunc2posts = false;
      else
        problems.push(
          csvIssue(
            'wrong_type',
            name,
            row,
            'goalpost_trunc2posts',
            `expected TRUE or FALSE, found "${trunc}"`,
          ),
        );
    }
    iMeta.push(r);
    fileRow.push(row);
  });
  return problems.length > 0 ? { ok: false, issues: problems } : { ok: true, iMeta, fileRow };
}
