/**
 * Mean or median imputation over the corridors a column applies to (a
 * transit-side column is never filled for a corridor without transit).
 * @module
 */
import { median } from '../../stats/median.ts';
import type { MethodSettings } from '../../template/types.ts';

/**
 * Fills missing cells with the mean or median of the column's values over
 * the rows where `applies(row, iCode)`; other imputation choices return the
 * columns unchanged. Returns new arrays and the number of cells filled per column.
 *
 * @example
 * imputeColumns(new Map([['x', Float64Array.of(1, NaN, 3)]]), { imputation: 'mean' }, () => true);
 * // columns x = [1, 2, 3], filled { x: 1 }
 */
export function imputeColumns(
  columns: ReadonlyMap<string, Float64Array>,
  method: Pick<MethodSettings, 'imputation'>,
  applies: (row: number, iCode: string) => boolean,
): { columns: Map<string, Float64Array>; filled: Record<string, number> } {
  const out = new Map<string, Float64Array>();
  const filled: Record<string, number> = {};
  for (const [code, column] of columns) {
    const copy = Float64Array.from(column);
    out.set(code, copy);
    if (method.imputation !== 'mean' && method.imputation !== 'median') continue;
    const known: number[] = [];
    for (let r = 0; r < copy.length; r++)
      if (!Number.isNaN(copy[r]!) && applies(r, code)) known.push(copy[r]!);
    if (known.length === 0) continue;
    const fill =
      method.imputation === 'mean'
        ? known.reduce((s, v) => s + v, 0) / known.length
        : median(known);
    let n = 0;
    for (let r = 0; r < copy.length; r++) {
      if (Number.isNaN(copy[r]!) && applies(r, code)) {
        copy[r] = fill;
        n++;
      }
    }
    if (n > 0) filled[code] = n;
  }
  return { columns: out, filled };
}
