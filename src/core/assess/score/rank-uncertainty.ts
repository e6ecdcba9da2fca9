/**
 * Rank intervals and Sobol sensitivity from the engine's uncertainty
 * analysis, with uncertain inputs chosen to suit corridor scoring.
 * @module
 */
import { type Issue, issue } from '../../contract/issue.ts';
import type { PipelineSpec } from '../../engine/spec.ts';
import type { CoinInput } from '../../engine/types.ts';
import { runSensitivity } from '../../engine/uncertainty/run-sensitivity.ts';
import { runUncertainty } from '../../engine/uncertainty/run-uncertainty.ts';
import type { RankStats, UncertainInput } from '../../engine/uncertainty/types.ts';
import { INPUT_TABS } from '../../template/layout.ts';
import type { MethodSettings } from '../../template/types.ts';
import type { EngineLogLine, SensitivityRow } from '../types.ts';
import { argsText } from './engine-result.ts';
import { normaliseSpec } from './engine-spec.ts';
import { orNull } from './rank.ts';

export interface RankUncertainty {
  /** corridorId -> [5th, 95th] percentile rank. */
  rankIntervals: Map<string, [number | null, number | null]>;
  sensitivity: SensitivityRow[];
  issues: Issue[];
  log: EngineLogLine[];
}

/** Smallest Saltelli base sample, so the Sobol estimates are not pure noise. */
const MIN_BASE_SAMPLE = 16;

/**
 * The nominal spec for the analysis: scores on 1-100 (goalposts widened,
 * minmax [1, 100]), which keeps every rank of an arithmetic mean and lets
 * the geometric-mean alternative run.
 */
export function uncertaintySpec(method: MethodSettings): PipelineSpec {
  return {
    normalise: normaliseSpec({ ...method, aggregation: 'gmean' }),
    // eligibility was decided before (coverage); every ranked corridor gets an interval
    aggregate: { method: method.aggregation === 'gmean' ? 'a_gmean' : 'a_amean' },
  };
}

/**
 * What varies: normalisation (the Method's choice vs the other of
 * goalposts / minmax [1, 100]), indicator and dimension weights +-25%, and
 * arithmetic vs geometric mean when scores stay positive (not under zscore or prank).
 */
export function uncertainInputs(method: MethodSettings): UncertainInput[] {
  const nominal = normaliseSpec({ ...method, aggregation: 'gmean' });
  const other =
    method.normalisation === 'goalposts'
      ? { method: 'n_minmax', params: { l_u: [1, 100] } }
      : { method: 'n_goalposts', params: 'use_iMeta' };
  const inputs: UncertainInput[] = [
    { name: 'normalisation', kind: 'normalisation', alternatives: [nominal, other] },
    { name: 'weights', kind: 'weights', noise: 0.25, levels: [1, 2] },
  ];
  if (method.normalisation === 'goalposts' || method.normalisation === 'minmax') {
    inputs.push({ name: 'aggregation', kind: 'aggregation', alternatives: ['a_amean', 'a_gmean'] });
  }
  return inputs;
}

function failureIssues(stats: RankStats, label: string): Issue[] {
  if (!stats.failed) return [];
  const reasons = (stats.failures ?? []).slice(0, 3).join('; ');
  return [
    issue(
      'insufficient_data',
      INPUT_TABS.method,
      `${label}: ${stats.failed} of ${stats.runs ?? '?'} runs could not complete and were left out${reasons ? ` (${reasons})` : ''}`,
      'warning',
    ),
  ];
}

/**
 * Runs the uncertainty analysis (`uncertaintyRuns` replications) for rank
 * intervals, and a Saltelli design with base sample `uncertaintyRuns`
 * (N (d + 2) runs, as COINr's sensitivity vignette) for the Sobol indices.
 * The input must be built with 1-100 goalposts (buildCoinInput under gmean).
 */
export function runRankUncertainty(input: CoinInput, method: MethodSettings): RankUncertainty {
  const spec = uncertaintySpec(method);
  const inputs = uncertainInputs(method);
  const ua = runUncertainty(input, spec, {
    runs: method.uncertaintyRuns,
    seed: method.seed,
    inputs,
  });
  const base = Math.max(MIN_BASE_SAMPLE, method.uncertaintyRuns);
  const sa = runSensitivity(input, spec, { runs: base, seed: method.seed, inputs });
  const rankIntervals = new Map<string, [number | null, number | null]>();
  ua.units.forEach((u, i) => {
    rankIntervals.set(u, [orNull(ua.q5[i]), orNull(ua.q95[i])]);
  });
  const sensitivity = sa.inputs.map((name, i) => ({
    input: name,
    firstOrder: orNull(sa.firstOrder[i]),
    totalOrder: orNull(sa.totalOrder[i]),
  }));
  const args = argsText({
    spec,
    inputs,
    runs: method.uncertaintyRuns,
    saltelliBase: base,
    seed: method.seed,
  });
  return {
    rankIntervals,
    sensitivity,
    issues: [
      ...failureIssues(ua, 'Uncertainty analysis'),
      ...failureIssues(sa.rankStats, 'Sensitivity analysis'),
    ],
    log: [
      {
        run: 'uncertainty',
        stage: 'Uncertainty',
        args,
        notes: [`${ua.runs ?? method.uncertaintyRuns} runs, ${ua.failed ?? 0} failed`],
      },
      {
        run: 'sensitivity',
        stage: 'Sensitivity',
        args,
        notes: [`${sa.rankStats.runs ?? 0} runs (Saltelli N = ${base}), variance ${sa.variance}`],
      },
    ],
  };
}
