/** COINr `Regen`: re-runs a pipeline from a run's log. @module */
import { type RunOutcome, runPipeline } from './run-pipeline.ts';
import type { PipelineSpec } from './spec.ts';
import type { CoinInput, LogEntry } from './types.ts';

/**
 * Rebuilds the spec from the log entries' arguments.
 * @param log - a run's log
 * @returns the spec that produced it
 * @example specFromLog(result.log) // => { normalise: {...}, aggregate: {...} }
 */
export function specFromLog(log: readonly LogEntry[]): PipelineSpec {
  const spec: Record<string, unknown> = {};
  for (const e of log) {
    if (e.stage === 'Denominated') spec.denominate = e.args;
    else if (e.stage === 'Imputed') spec.impute = e.args;
    else if (e.stage === 'Screened') spec.screen = e.args;
    else if (e.stage === 'Treated') spec.treat = e.args;
    else if (e.stage === 'Normalised') spec.normalise = e.args;
    else if (e.stage === 'Aggregated') {
      const a = e.args as { aggregate: unknown; weights?: unknown };
      spec.aggregate = a.aggregate;
      if (a.weights !== undefined) spec.weights = a.weights;
    }
  }
  return spec as PipelineSpec;
}

/**
 * Reproduces a run exactly from its log (the stages are pure and deterministic).
 * @param input - the same input as the original run
 * @param log - that run's log
 * @returns the same outcome as the original run
 * @example regenerate(input, first.result.log)
 */
export function regenerate(input: CoinInput, log: readonly LogEntry[]): RunOutcome {
  return runPipeline(input, specFromLog(log));
}
