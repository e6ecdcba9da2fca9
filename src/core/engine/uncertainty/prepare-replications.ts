/**
 * What uncertainty and sensitivity analysis share: the nominal run, the
 * uncertain inputs made concrete, and a function from a point of [0, 1)^d
 * to the ranks of that replication.
 * @module
 */

import { type EngineIssue, type Failed, issueMessages, pathIssue } from '../../contract/issue.ts';
import { mulberry32 } from '../../stats/mulberry32.ts';
import { parsePipelineSpec } from '../parse-pipeline-spec.ts';
import type { PipelineSpec } from '../spec.ts';
import { compileTree } from '../tree/compile-tree.ts';
import type { CoinInput } from '../types.ts';
import { resolveWeights } from '../weights/resolve-weights.ts';
import { cachedRunner, type VariantOutcome } from './cached-runner.ts';
import { defaultInputs } from './default-inputs.ts';
import { noisyWeightSets } from './noisy-weight-sets.ts';
import { pickAlternative } from './pick-alternative.ts';
import type { UncertainInput } from './types.ts';
import { type ResolvedInput, variantSpec } from './variant-spec.ts';

/** Noisy weight sets drawn per weights input (COINr's vignette: Nrep = 100). */
export const WEIGHT_SETS = 100;

export interface Replicator {
  inputs: string[];
  units: string[];
  /** Nominal rank per unit; NaN everywhere when the nominal run failed. */
  nominal: Float64Array;
  /** Why the nominal run failed, if it did. */
  nominalProblem?: string;
  /** Ranks of one replication in the nominal units' order (NaN = unit absent or unranked). */
  evaluate(u: ArrayLike<number>): { ok: true; rank: Float64Array } | Failed<EngineIssue>;
}

/**
 * @param input - iData and iMeta
 * @param spec - the nominal spec
 * @param inputs - the uncertain inputs (absent = defaultInputs(spec))
 * @param seed - seeds the noisy weight sets (a stream apart from the design's)
 * @returns the replicator
 * @example prepareReplications(input, spec, undefined, 1).evaluate([0.1, 0.7, 0.3, 0.9])
 */
export function prepareReplications(
  input: CoinInput,
  spec: PipelineSpec,
  inputs: readonly UncertainInput[] | undefined,
  seed: number,
): Replicator {
  const chosen = inputs ?? defaultInputs(spec);
  const run = cachedRunner(input);
  const nominalOut = run(spec);
  const units = nominalOut.ok ? nominalOut.units : input.units;
  const nominal = nominalOut.ok ? nominalOut.rank : new Float64Array(units.length).fill(Number.NaN);
  const weightRand = mulberry32((seed ^ 0x9e3779b9) >>> 0);
  const resolved: ResolvedInput[] = chosen.map((inp) => {
    if (inp.kind !== 'weights') return { input: inp, alternatives: inp.alternatives };
    const t = compileTree(input.iMeta);
    const w = t.ok ? resolveWeights(t.tree, spec.weights) : undefined;
    if (!t.ok || !w?.ok) return { input: inp, alternatives: [{}] };
    return {
      input: inp,
      alternatives: noisyWeightSets(
        t.tree,
        w.weights,
        inp.noise,
        inp.levels,
        WEIGHT_SETS,
        weightRand,
      ),
    };
  });
  const specs = new Map<string, { ok: true; spec: PipelineSpec } | Failed<EngineIssue>>();
  const position = new Map(units.map((u, i) => [u, i]));
  const choice = new Int32Array(resolved.length);
  const toNominalOrder = (out: VariantOutcome & { ok: true }): Float64Array => {
    if (out.units === units) return out.rank;
    const r = new Float64Array(units.length).fill(Number.NaN);
    out.units.forEach((u, i) => {
      const p = position.get(u);
      if (p !== undefined) r[p] = out.rank[i]!;
    });
    return r;
  };
  const replicator: Replicator = {
    inputs: chosen.map((i) => i.name),
    units,
    nominal,
    evaluate(u) {
      for (let i = 0; i < resolved.length; i++)
        choice[i] = pickAlternative(u[i]!, resolved[i]!.alternatives.length);
      const key = choice.join(',');
      let s = specs.get(key);
      if (!s) {
        const parsed = parsePipelineSpec(variantSpec(spec, resolved, choice));
        s = parsed.ok
          ? parsed
          : {
              ok: false,
              issues: [
                pathIssue(
                  'invalid_spec',
                  parsed.issues[0]!.path,
                  `variant spec is invalid: ${parsed.issues.map((x) => `${x.path}: ${x.message}`).join('; ')}`,
                ),
              ],
            };
        specs.set(key, s);
      }
      if (!s.ok) return s;
      const out = run(s.spec);
      return out.ok ? { ok: true, rank: toNominalOrder(out) } : out;
    },
  };
  if (!nominalOut.ok) replicator.nominalProblem = issueMessages(nominalOut.issues);
  return replicator;
}
