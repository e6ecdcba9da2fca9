/**
 * Principal component analysis of columns, centred and scaled, as R's
 * prcomp(x, scale. = TRUE) on complete rows (COINr's get_PCA).
 * @module
 */
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { type Failed, type IssueCode, type PathIssue, pathIssue } from '../../contract/issue.ts';

const fail = (code: IssueCode, message: string): Failed<PathIssue> => ({
  ok: false,
  issues: [pathIssue(code, 'pca', message)],
});

export interface PcaResult {
  codes: string[];
  /** Complete rows used (listwise deletion). */
  nRows: number;
  /** loadings[c][j] = loading of codes[c] on component j (prcomp's rotation). */
  loadings: number[][];
  /** Standard deviation of each component, largest first. */
  sdev: number[];
  /** Share of the total variance each component explains. */
  proportion: number[];
}

/**
 * A loading vector's sign is arbitrary; each is oriented so its loadings sum
 * to a positive number.
 * @param columns - columns by code (NaN = missing)
 * @param codes - which columns
 * @returns loadings, component sd and variance shares; or why not (fewer than 2 complete rows, a constant column)
 * @example pca(ds.columns, ['Physical', 'ConEcFin', 'Political']).proportion[0] // => 0.47...
 */
export function pca(
  columns: Record<string, ArrayLike<number>>,
  codes: readonly string[],
): { ok: true; result: PcaResult } | Failed<PathIssue> {
  const cols: ArrayLike<number>[] = [];
  for (const c of codes) {
    const col = columns[c];
    if (!col) return fail('unknown_icode', `PCA: no column "${c}"`);
    cols.push(col);
  }
  const n = cols[0]?.length ?? 0;
  const rows: number[] = [];
  for (let i = 0; i < n; i++) if (cols.every((c) => !Number.isNaN(c[i]!))) rows.push(i);
  if (rows.length < 2)
    return fail(
      'insufficient_data',
      `PCA: expected at least 2 complete rows, found ${rows.length}`,
    );
  const k = cols.length;
  const z = new Matrix(rows.length, k);
  for (let j = 0; j < k; j++) {
    const v = rows.map((i) => cols[j]![i]!);
    const m = v.reduce((s, e) => s + e, 0) / v.length;
    const sd = Math.sqrt(v.reduce((s, e) => s + (e - m) ** 2, 0) / (v.length - 1));
    if (!(sd > 0))
      return fail(
        'constant_indicator',
        `PCA: column "${codes[j]}" is constant over the complete rows`,
      );
    v.forEach((e, r) => {
      z.set(r, j, (e - m) / sd);
    });
  }
  const corr = z
    .transpose()
    .mmul(z)
    .div(rows.length - 1);
  const eig = new EigenvalueDecomposition(corr, { assumeSymmetric: true });
  const order = eig.realEigenvalues.map((v, i) => [v, i] as const).sort((a, b) => b[0] - a[0]);
  const vectors = eig.eigenvectorMatrix;
  const loadings = codes.map(() => new Array<number>(k).fill(0));
  order.forEach(([, src], j) => {
    let sum = 0;
    for (let c = 0; c < k; c++) sum += vectors.get(c, src);
    const sign = sum < 0 ? -1 : 1;
    for (let c = 0; c < k; c++) loadings[c]![j] = sign * vectors.get(c, src);
  });
  const values = order.map(([v]) => Math.max(v, 0));
  const total = values.reduce((s, v) => s + v, 0);
  return {
    ok: true,
    result: {
      codes: [...codes],
      nRows: rows.length,
      loadings,
      sdev: values.map(Math.sqrt),
      proportion: values.map((v) => v / total),
    },
  };
}
