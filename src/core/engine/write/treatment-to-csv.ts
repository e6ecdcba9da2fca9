/** Outlier treatment details as CSV, in COINr's Dets_Table shape plus the treatment applied. @module */
import { toCsv } from '../../contract/csv.ts';
import type { TreatmentDetail } from '../types.ts';
import { formatNumber } from './format-number.ts';

/**
 * Columns: iCode, treatment, then check_SkewKurt0.{Pass,Skew,Kurt}, winsorise.nwin,
 * check_SkewKurt1.*, check_SkewKurt2.* (empty where a check did not run).
 * @param details - per-indicator details of a run
 * @returns CSV text
 * @example treatmentToCsv(run.result.treatment!)
 */
export function treatmentToCsv(details: readonly TreatmentDetail[]): string {
  const check = (k: number) => [
    `check_SkewKurt${k}.Pass`,
    `check_SkewKurt${k}.Skew`,
    `check_SkewKurt${k}.Kurt`,
  ];
  const rows: string[][] = [
    ['iCode', 'treatment', ...check(0), 'winsorise.nwin', ...check(1), ...check(2)],
  ];
  for (const d of details) {
    const c = (k: number) => {
      const x = d.checks?.[k];
      return x
        ? [x.pass ? 'TRUE' : 'FALSE', formatNumber(x.skew), formatNumber(x.kurt)]
        : ['', '', ''];
    };
    const wins = d.checks && d.checks.length > 1 && d.treatment !== 'none';
    rows.push([
      d.iCode,
      d.treatment,
      ...c(0),
      wins ? String(d.winsorisedPoints) : '',
      ...c(1),
      ...c(2),
    ]);
  }
  return toCsv(rows);
}
