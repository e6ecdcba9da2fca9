/**
 * Builds one replication's spec: the nominal spec with each uncertain input
 * replaced by its chosen alternative. Plain JSON in, plain JSON out.
 * @module
 */
import type { PipelineSpec } from '../spec.ts';
import type { UncertainInput } from './types.ts';

/** An uncertain input with its alternatives made concrete (weights: the drawn sets). */
export interface ResolvedInput {
  input: UncertainInput;
  alternatives: unknown[];
}

/**
 * @param nominal - the nominal spec
 * @param inputs - the uncertain inputs with their alternatives
 * @param choice - the chosen alternative index per input
 * @returns the variant spec, not yet validated
 * @example variantSpec({ aggregate: { method: 'a_amean' } }, [agg], [1]) // => { aggregate: { method: 'a_gmean' } }
 */
export function variantSpec(
  nominal: PipelineSpec,
  inputs: readonly ResolvedInput[],
  choice: ArrayLike<number>,
): Record<string, unknown> {
  const spec: Record<string, unknown> = { ...nominal };
  inputs.forEach(({ input, alternatives }, i) => {
    const alt = alternatives[choice[i]!];
    switch (input.kind) {
      case 'normalisation':
        spec.normalise = alt;
        break;
      case 'imputation':
        spec.impute = alt;
        break;
      case 'winmax': {
        const treat = spec.treat === true || spec.treat === undefined ? {} : spec.treat;
        spec.treat = { ...(treat as object), winmax: alt };
        break;
      }
      case 'aggregation': {
        const agg = (spec.aggregate ?? {}) as object;
        const isFull = typeof alt === 'object' && alt !== null && 'method' in alt;
        spec.aggregate = isFull ? { ...agg, ...(alt as object) } : { ...agg, method: alt };
        break;
      }
      case 'weights': {
        const w = spec.weights as PipelineSpec['weights'];
        const base: { levels?: Record<string, unknown> } =
          typeof w === 'string' ? { set: w } : (w ?? {});
        const levels = { ...(base.levels ?? {}), ...(alt as Record<string, unknown>) };
        spec.weights = { ...base, levels };
        break;
      }
    }
  });
  return spec;
}
