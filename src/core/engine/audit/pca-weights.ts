/**
 * PCA weights, as COINr's get_PCA: the loadings of the first principal
 * component, as a named weight set for the pipeline spec.
 * @module
 */
import type { Failed, PathIssue } from '../../contract/issue.ts';
import { pca } from './pca.ts';

/**
 * Loadings are oriented to sum positive (PCA's sign is arbitrary); a
 * negative weight can remain and is the user's call, as in COINr.
 * @param columns - columns by code, e.g. the Aggregated data set
 * @param codes - the codes to weight (e.g. the children of one aggregate)
 * @returns iCode -> PC1 loading, ready for `weights: { sets: { PCA: ... }, set: 'PCA' }`; or why not
 * @example pcaWeights(aggregated.columns, ['Physical', 'ConEcFin']) // => { ok: true, weights: { Physical: 0.707..., ConEcFin: 0.707... } }
 */
export function pcaWeights(
  columns: Record<string, ArrayLike<number>>,
  codes: readonly string[],
): { ok: true; weights: Record<string, number> } | Failed<PathIssue> {
  const r = pca(columns, codes);
  if (!r.ok) return r;
  const weights: Record<string, number> = {};
  codes.forEach((c, i) => {
    weights[c] = r.result.loadings[i]![0]!;
  });
  return { ok: true, weights };
}
