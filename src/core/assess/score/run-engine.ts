/**
 * The one place scoring calls the engine: runs a pipeline and turns its
 * problems into warnings naming the run, the indicator and the corridor.
 * @module
 */
import { type EngineIssue, type Issue, issue } from '../../contract/issue.ts';
import { runPipeline } from '../../engine/run-pipeline.ts';
import type { CoinInput } from '../../engine/types.ts';
import { INPUT_TABS } from '../../template/layout.ts';
import type { MethodSettings } from '../../template/types.ts';
import { argsText, type EngineRun } from './engine-result.ts';
import { pipelineSpec, scoreScale } from './engine-spec.ts';

/** An engine problem as a warning on the Method tab (scoring choices caused it or can avoid it). */
export function problemIssue(problem: EngineIssue, label: string): Issue {
  const where = [
    problem.iCode && `indicator ${problem.iCode}`,
    problem.unit && `corridor ${problem.unit}`,
  ]
    .filter(Boolean)
    .join(', ');
  return issue(
    problem.code,
    INPUT_TABS.method,
    `Scoring run "${label}"${where ? ` (${where})` : ''} could not complete: ${problem.message}`,
    'warning',
  );
}

const scaled = (
  columns: Record<string, Float64Array>,
  factor: number,
): Record<string, Float64Array> => {
  if (factor === 1) return columns;
  const out: Record<string, Float64Array> = {};
  for (const [k, v] of Object.entries(columns)) out[k] = v.map((x) => x * factor);
  return out;
};

/**
 * Runs the Method's pipeline on one input.
 * @returns the run (scores 0-100), or null with the problems as warnings
 */
export function runScoring(
  input: CoinInput,
  method: MethodSettings,
  label: string,
): { run: EngineRun | null; issues: Issue[] } {
  const outcome = runPipeline(input, pipelineSpec(method));
  if (!outcome.ok) return { run: null, issues: outcome.issues.map((p) => problemIssue(p, label)) };
  const { result } = outcome;
  // n_prank scores are 0-1; means are homogeneous, so scaling after aggregation is exact
  const factor = scoreScale(method);
  return {
    run: {
      units: result.results.units,
      aggregates: scaled(result.results.columns, factor),
      normalised: scaled(result.datasets.Normalised?.columns ?? {}, factor),
      log: result.log.map((l) => ({
        run: label,
        stage: l.stage,
        args: argsText(l.args),
        notes: l.notes,
      })),
      problems: [],
    },
    issues: [],
  };
}
