/**
 * Monte Carlo uncertainty analysis: each replication draws one alternative
 * per uncertain input, runs the variant pipeline and records the ranks.
 * @module
 */
import { issueMessages } from '../../contract/issue.ts';
import { mulberry32 } from '../../stats/mulberry32.ts';
import type { PipelineSpec } from '../spec.ts';
import type { CoinInput } from '../types.ts';
import { prepareReplications } from './prepare-replications.ts';
import { summariseRanks } from './summarise-ranks.ts';
import type { RankStats, UncertaintyOptions } from './types.ts';

/** Distinct failure reasons kept in the result. */
const MAX_REASONS = 10;

/**
 * @param input - iData and iMeta
 * @param spec - the nominal spec
 * @param opts - runs, seed, uncertain inputs (absent = defaultInputs), progress callback
 * @returns per unit the nominal, mean, median, 5th and 95th percentile rank (R type 7) over the successful replications, with the count and reasons of failed ones
 * @example runUncertainty(input, spec, { runs: 1000, seed: 1 }).q95
 */
export function runUncertainty(
  input: CoinInput,
  spec: PipelineSpec,
  opts: UncertaintyOptions,
): RankStats {
  const rep = prepareReplications(input, spec, opts.inputs, opts.seed);
  const rand = mulberry32(opts.seed);
  const u = new Float64Array(rep.inputs.length);
  const ranks: Float64Array[] = [];
  const reasons = new Set<string>();
  let failed = 0;
  for (let r = 0; r < opts.runs; r++) {
    for (let i = 0; i < u.length; i++) u[i] = rand();
    const out = rep.evaluate(u);
    if (out.ok) ranks.push(out.rank);
    else {
      failed++;
      if (reasons.size < MAX_REASONS) reasons.add(issueMessages(out.issues));
    }
    opts.onProgress?.(r + 1, opts.runs);
  }
  if (rep.nominalProblem) reasons.add(`nominal run: ${rep.nominalProblem}`);
  return {
    ...summariseRanks(rep.units, rep.nominal, ranks),
    runs: opts.runs,
    failed,
    failures: [...reasons],
  };
}
