/**
 * The default uncertain inputs: those of COINr's sensitivity vignette.
 * @module
 */
import type { PipelineSpec } from '../spec.ts';
import type { UncertainInput } from './types.ts';

/**
 * @param spec - the nominal spec; the winsorisation limit varies only when it treats outliers
 * @returns winmax 1..5 (when `treat` is on), min-max [1, 100] vs z-score (10, 2), weights +-25% at levels 2 and 3, arithmetic vs geometric mean
 * @example defaultInputs({ treat: { winmax: 5 } }).map((i) => i.name) // => ['Winmax', 'Normalisation', 'Weights', 'Aggregation']
 */
export function defaultInputs(spec: PipelineSpec): UncertainInput[] {
  const inputs: UncertainInput[] = [];
  if (spec.treat !== undefined)
    inputs.push({ name: 'Winmax', kind: 'winmax', alternatives: [1, 2, 3, 4, 5] });
  inputs.push(
    {
      name: 'Normalisation',
      kind: 'normalisation',
      alternatives: [
        { method: 'n_minmax', params: { l_u: [1, 100] } },
        { method: 'n_zscore', params: { m_sd: [10, 2] } },
      ],
    },
    { name: 'Weights', kind: 'weights', noise: 0.25, levels: [2, 3] },
    { name: 'Aggregation', kind: 'aggregation', alternatives: ['a_amean', 'a_gmean'] },
  );
  return inputs;
}
