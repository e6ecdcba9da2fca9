/**
 * The Method tab's choices as an engine pipeline spec (COINr vocabulary).
 * @module
 */
import type { PipelineSpec } from '../../engine/spec.ts';
import type { MethodSettings } from '../../template/types.ts';

/** The normalise stage for a Method choice; scores land on 0-100 (prank: 0-1, rescaled after the run). */
export function normaliseSpec(method: MethodSettings): NonNullable<PipelineSpec['normalise']> {
  switch (method.normalisation) {
    case 'goalposts':
      return { method: 'n_goalposts', params: 'use_iMeta' };
    case 'minmax':
      // a geometric mean needs positive scores: COINr's advice is [1, 100]
      return { method: 'n_minmax', params: { l_u: [method.aggregation === 'gmean' ? 1 : 0, 100] } };
    case 'zscore':
      return { method: 'n_zscore', params: { m_sd: [50, 10] } };
    case 'prank':
      return { method: 'n_prank', params: { ties_method: 'min' } };
  }
}

/** Scores from n_prank are 0-1; everything else is already 0-100. */
export const scoreScale = (method: MethodSettings): number =>
  method.normalisation === 'prank' ? 100 : 1;

/**
 * Builds the spec: normalise, then aggregate every level with the chosen
 * mean over the children that have a value. Imputation runs before the engine (see impute.ts) because it must
 * respect which sides apply to a corridor. No outlier treatment, so goalpost
 * scores stay comparable across years and workbooks.
 *
 * @example
 * pipelineSpec({ ...DEFAULT_METHOD });
 * // { normalise: { method: 'n_goalposts', params: 'use_iMeta' }, aggregate: { method: 'a_amean' } }
 */
export function pipelineSpec(method: MethodSettings): PipelineSpec {
  const spec: PipelineSpec = {};
  spec.normalise = normaliseSpec(method);
  // eligibility is decided per corridor from its own coverage (score-submission), not here
  spec.aggregate = { method: method.aggregation === 'gmean' ? 'a_gmean' : 'a_amean' };
  return spec;
}
