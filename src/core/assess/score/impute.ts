/**
 * Mean or median imputation over the corridors a column applies to (a
 * transit-side column is never filled for a corridor without transit).
 * @module
 */
import { iMean } from '../../engine/impute/i-mean.ts';
import { medianType7 } from '../../stats/quantile-type7.ts';
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
    const rows: number[] = [];
    for (let r = 0; r < copy.length; r++) if (applies(r, code)) rows.push(r);
    const own = Float64Array.from(rows, (r) => copy[r]!);
    if (own.every((v) => Number.isNaN(v))) continue;
    // the engine's i_mean, or the type-7 median, over the rows the column applies to
    const imputed = method.imputation === 'mean' ? iMean(own) : withMedian(own);
    let n = 0;
    rows.forEach((r, k) => {
      if (Number.isNaN(copy[r]!)) {
        copy[r] = imputed[k]!;
        n++;
      }
    });
    if (n > 0) filled[code] = n;
  }
  return { columns: out, filled };
}

/** Missing values filled with the type-7 median of the others (the form this step always used). */
function withMedian(x: Float64Array): Float64Array {
  const m = medianType7(Array.from(x).filter((v) => !Number.isNaN(v)));
  return x.map((v) => (Number.isNaN(v) ? m : v));
}
