/**
 * A CSV tab's rows read in one linear pass with bounded overhead: papaparse
 * hands over one row at a time (the same parser, so the same rows as
 * `parseCsv`), each cell is converted as it comes, and repeated texts
 * (corridor ids, indicator codes, sources, years) are converted once and
 * shared. No cell keeps the file's text alive, so only the rows stay.
 * @module
 */
import Papa from 'papaparse';
import type { CellValue } from '../../core/contract/workbook.ts';

/** Distinct cell texts remembered with their value (a 3,360,000-row tab repeats a few thousand). */
const MAX_KNOWN = 100_000;

/** A copy of `s` that does not point into the text it was cut from. */
const own = (s: string) => (s.length < 13 ? s : Buffer.from(s, 'utf8').toString('utf8'));

/**
 * `parseCsv(text).map((row) => row.map(cell))`, row by row.
 * @example csvRows('a,1\n\n', (t) => t || null); // => [['a', '1']]
 */
export function csvRows(text: string, cell: (text: string) => CellValue): CellValue[][] {
  const rows: CellValue[][] = [];
  const known = new Map<string, CellValue>();
  /** All-empty rows not yet kept: a trailing run of them is dropped, as parseCsv drops it. */
  const blank: CellValue[][] = [];
  const convert = (field: string): CellValue => {
    const first = field.charCodeAt(0);
    // empty, or a numeral-like start (digits, sign, point): converted directly, as most are distinct values
    if (field === '' || (first >= 43 && first <= 57)) return cell(field);
    const seen = known.get(field);
    if (seen !== undefined) return seen;
    const raw = cell(field);
    const value = typeof raw === 'string' ? own(raw) : raw;
    if (known.size < MAX_KNOWN) known.set(raw === field ? (value as string) : own(field), value);
    return value;
  };
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  Papa.parse<string[]>(clean, {
    skipEmptyLines: false,
    step: (result) => {
      const fields = result.data;
      const row = fields.map(convert);
      let empty = true;
      for (const field of fields) if (field !== '') empty = false;
      if (empty) {
        blank.push(row);
        return;
      }
      for (const b of blank) rows.push(b);
      blank.length = 0;
      rows.push(row);
    },
  });
  return rows;
}
