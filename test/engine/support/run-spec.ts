/** Runs a spec given as plain JSON through parsePipelineSpec and runPipeline, for tests. */
import { parsePipelineSpec } from '../../../src/core/engine/parse-pipeline-spec.ts';
import { runPipeline } from '../../../src/core/engine/run-pipeline.ts';
import type { CoinInput } from '../../../src/core/engine/types.ts';
import { tinyCoin } from './tiny-coin.ts';

/** The run's outcome; a spec that does not validate fails the test. */
export function run(spec: unknown, input: CoinInput = tinyCoin()) {
  const s = parsePipelineSpec(spec);
  if (!s.ok) throw new Error(JSON.stringify(s.issues));
  return runPipeline(input, s.spec);
}

/** The run's result; a run with problems fails the test. */
export function ok(spec: unknown, input: CoinInput = tinyCoin()) {
  const r = run(spec, input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.result;
}

export const arr = (x: Float64Array | undefined) => Array.from(x ?? []);
