/**
 * The stages by spec key, in COINr's order. runPipeline runs each one whose
 * key is present in the spec (and not `false`).
 * @module
 */
import { aggregateStage } from './aggregate/aggregate-stage.ts';
import { denominateStage } from './denominate/denominate-stage.ts';
import { imputeStage } from './impute/impute-stage.ts';
import { normaliseStage } from './normalise/normalise-stage.ts';
import { screenStage } from './screen/screen-stage.ts';
import type { PipelineSpec } from './spec.ts';
import type { StageContext, StageOutput, StageState } from './stage.ts';
import { treatStage } from './treat/treat-stage.ts';

export type StageKey = 'denominate' | 'impute' | 'screen' | 'treat' | 'normalise' | 'aggregate';

/** Stage keys in the order they run (COINr's). */
export const STAGE_ORDER: readonly StageKey[] = [
  'denominate',
  'impute',
  'screen',
  'treat',
  'normalise',
  'aggregate',
];

type Run = (state: StageState, spec: PipelineSpec, ctx: StageContext) => StageOutput;

/** Each stage, reading its own key (aggregate also reads `weights`). */
export const STAGES: Record<StageKey, Run> = {
  denominate: (s, spec, ctx) => denominateStage(s, spec.denominate!, ctx),
  impute: (s, spec, ctx) => imputeStage(s, spec.impute!, ctx),
  screen: (s, spec, ctx) => screenStage(s, spec.screen!, ctx),
  treat: (s, spec, ctx) => treatStage(s, spec.treat!, ctx),
  normalise: (s, spec, ctx) => normaliseStage(s, spec.normalise!, ctx),
  aggregate: (s, spec, ctx) =>
    aggregateStage(
      s,
      spec.weights === undefined
        ? { aggregate: spec.aggregate! }
        : { aggregate: spec.aggregate!, weights: spec.weights },
      ctx,
    ),
};
