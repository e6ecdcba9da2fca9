/** One stage's data set as CSV: uCode, then every column. @module */
import { toCsv } from '../../contract/csv.ts';
import type { Dataset } from '../types.ts';
import { formatNumber } from './format-number.ts';

/**
 * @param data - a stage's data set
 * @returns CSV text at full precision, missing values as empty cells
 * @example datasetToCsv(run.result.datasets.Normalised!) // => 'uCode,LPI,...\r\nAUS,79.96...'
 */
export function datasetToCsv(data: Dataset): string {
  const codes = Object.keys(data.columns);
  const rows: string[][] = [['uCode', ...codes]];
  data.units.forEach((u, i) => {
    rows.push([u, ...codes.map((c) => formatNumber(data.columns[c]![i]!))]);
  });
  return toCsv(rows);
}
