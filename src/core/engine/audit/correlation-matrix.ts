/** A correlation matrix between columns, as COINr's get_corr. @module */

import { pearson } from '../../stats/pearson.ts';
import { correlationPValue } from './correlation-p-value.ts';
import { pairCount } from './pair-count.ts';
import { spearman } from './spearman.ts';

export type CorrelationMethod = 'pearson' | 'spearman';

export interface CorrelationMatrix {
  rows: string[];
  cols: string[];
  /** values[i][j] = correlation of rows[i] with cols[j]; NaN when masked or not computable. */
  values: number[][];
}

export interface CorrelationOptions {
  /** 'pearson' (default) or 'spearman', both over pairwise-complete rows. */
  method?: CorrelationMethod;
  /** Mask (NaN) correlations whose p-value is not below this; 0 = keep all (default). COINr's get_corr uses 0.05. */
  pval?: number;
}

/**
 * @param columns - columns by code (NaN = missing)
 * @param rows - row codes
 * @param cols - column codes (default: the row codes)
 * @param opts - method and significance mask
 * @returns the matrix; a code with no column gives NaN entries
 * @example correlationMatrix(ds.columns, ['Physical', 'ConEcFin']).values[0][1] // => 0.712...
 */
export function correlationMatrix(
  columns: Record<string, ArrayLike<number>>,
  rows: readonly string[],
  cols: readonly string[] = rows,
  opts: CorrelationOptions = {},
): CorrelationMatrix {
  const f = opts.method === 'spearman' ? spearman : pearson;
  const pval = opts.pval ?? 0;
  const values = rows.map((r) =>
    cols.map((c) => {
      const x = columns[r];
      const y = columns[c];
      if (!x || !y) return Number.NaN;
      const v = f(x, y);
      if (pval > 0 && r !== c && !(correlationPValue(v, pairCount(x, y)) < pval)) return Number.NaN;
      return v;
    }),
  );
  return { rows: [...rows], cols: [...cols], values };
}
