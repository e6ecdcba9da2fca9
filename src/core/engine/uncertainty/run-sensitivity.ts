/**
 * Variance-based sensitivity analysis: a Saltelli design of N (d + 2) runs,
 * scalar output = mean absolute rank shift from nominal, first-order
 * (Saltelli 2010) and total (Jansen) Sobol indices.
 * @module
 */
import { issueMessages } from '../../contract/issue.ts';
import { mulberry32 } from '../../stats/mulberry32.ts';
import type { PipelineSpec } from '../spec.ts';
import type { CoinInput } from '../types.ts';
import { meanAbsRankShift } from './mean-abs-rank-shift.ts';
import { prepareReplications } from './prepare-replications.ts';
import { saltelliDesign } from './saltelli-design.ts';
import { type SobolInterval, sobolBootstrap } from './sobol-bootstrap.ts';
import { sobolFirstOrder } from './sobol-first-order.ts';
import { sobolTotalOrder } from './sobol-total-order.ts';
import { sobolVariance } from './sobol-variance.ts';
import { summariseRanks } from './summarise-ranks.ts';
import type { SensitivityResult, UncertaintyOptions } from './types.ts';

const MAX_REASONS = 10;

/**
 * A failed run has no output: the estimators use, per input, only the rows
 * j where yA[j], yB[j] and yAB_i[j] all exist.
 * @param input - iData and iMeta
 * @param spec - the nominal spec
 * @param opts - `runs` is the base sample size N (N (d + 2) pipeline runs), seed, inputs, `bootstrap` resamples, progress
 * @returns Sobol indices per input (with bootstrap intervals when asked), the output variance, rank statistics over all runs, and the outputs
 * @example runSensitivity(input, spec, { runs: 100, seed: 1 }).totalOrder
 */
export function runSensitivity(
  input: CoinInput,
  spec: PipelineSpec,
  opts: UncertaintyOptions,
): SensitivityResult {
  const rep = prepareReplications(input, spec, opts.inputs, opts.seed);
  const d = rep.inputs.length;
  const n = opts.runs;
  const design = saltelliDesign(n, d, mulberry32(opts.seed));
  const y = new Float64Array(design.length);
  const ranks: Float64Array[] = [];
  const reasons = new Set<string>();
  let failed = 0;
  design.forEach((u, r) => {
    const out = rep.evaluate(u);
    if (out.ok) {
      ranks.push(out.rank);
      y[r] = meanAbsRankShift(out.rank, rep.nominal);
    } else {
      y[r] = Number.NaN;
      failed++;
      if (reasons.size < MAX_REASONS) reasons.add(issueMessages(out.issues));
    }
    opts.onProgress?.(r + 1, design.length);
  });
  const block = (k: number) => y.subarray(k * n, (k + 1) * n);
  const yA = block(0);
  const yB = block(1);
  const okAB = [...yA.keys()].filter((j) => !Number.isNaN(yA[j]!) && !Number.isNaN(yB[j]!));
  const pick = (v: Float64Array, rows: number[]) => Float64Array.from(rows, (j) => v[j]!);
  const variance = sobolVariance(pick(yA, okAB), pick(yB, okAB));
  const firstOrder = new Float64Array(d);
  const totalOrder = new Float64Array(d);
  const intervals: SobolInterval[] = [];
  // a stream apart from the design's and the weights'
  const bootRand = mulberry32((opts.seed ^ 0x85ebca6b) >>> 0);
  for (let i = 0; i < d; i++) {
    const yABi = block(2 + i);
    const rows = okAB.filter((j) => !Number.isNaN(yABi[j]!));
    const [a, b, ab] = [pick(yA, rows), pick(yB, rows), pick(yABi, rows)];
    firstOrder[i] = sobolFirstOrder(a, b, ab, variance);
    totalOrder[i] = sobolTotalOrder(a, ab, variance);
    if (opts.bootstrap) intervals.push(sobolBootstrap(a, b, ab, opts.bootstrap, bootRand));
  }
  if (rep.nominalProblem) reasons.add(`nominal run: ${rep.nominalProblem}`);
  const rankStats = {
    ...summariseRanks(rep.units, rep.nominal, ranks),
    runs: design.length,
    failed,
    failures: [...reasons],
  };
  const result: SensitivityResult = {
    inputs: rep.inputs,
    firstOrder,
    totalOrder,
    variance,
    rankStats,
    outputs: y,
  };
  if (opts.bootstrap) result.intervals = intervals;
  return result;
}
