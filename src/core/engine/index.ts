/**
 * The composite-indicator engine (COINr-conformant): read COINr CSV tables,
 * validate a pipeline spec, run it, regenerate it from its log, write CSV.
 * @module
 */

export { aAmean } from './aggregate/a-amean.ts';
export { aCopeland } from './aggregate/a-copeland.ts';
export { aGenmean } from './aggregate/a-genmean.ts';
export { aGmean } from './aggregate/a-gmean.ts';
export { aHmean } from './aggregate/a-hmean.ts';
export { outrankMatrix } from './aggregate/outrank-matrix.ts';
export { AGGREGATOR_METHODS, type Aggregator } from './aggregate/registry.ts';
export { iMeanGrp, iMedianGrp } from './impute/i-by-group.ts';
export { iMean } from './impute/i-mean.ts';
export { iMedian } from './impute/i-median.ts';
export { iPanel } from './impute/i-panel.ts';
export { nBorda } from './normalise/n-borda.ts';
export { nDist2max } from './normalise/n-dist2max.ts';
export { nDist2ref } from './normalise/n-dist2ref.ts';
export { nDist2targ } from './normalise/n-dist2targ.ts';
export { nFracmax } from './normalise/n-fracmax.ts';
export { nGoalposts } from './normalise/n-goalposts.ts';
export { nMinmax } from './normalise/n-minmax.ts';
export { nPrank } from './normalise/n-prank.ts';
export { nRank } from './normalise/n-rank.ts';
export { nScaled } from './normalise/n-scaled.ts';
export { nZscore } from './normalise/n-zscore.ts';
export { NORMALISERS } from './normalise/registry.ts';
export { parsePipelineSpec } from './parse-pipeline-spec.ts';
export { rankScores } from './rank-scores.ts';
export { type CsvFile, readCoinCsv } from './read/read-coin-csv.ts';
export type { CsvIssue } from './read/read-imeta.ts';
export { regenerate, specFromLog } from './regenerate.ts';
export { type RunOutcome, runPipeline } from './run-pipeline.ts';
export type {
  AggregateSpec,
  AggregatorName,
  DenominateSpec,
  ImputeSpec,
  NormaliseOneSpec,
  NormaliseSpec,
  PipelineSpec,
  ScreenSpec,
  TreatSpec,
  WeightsSpec,
} from './spec.ts';
export type { Stage, StageContext, StageOutput, StageState } from './stage.ts';
export { STAGE_ORDER, STAGES, type StageKey } from './stage-registry.ts';
export { checkSkewKurt } from './stats/check-skew-kurt.ts';
export { kurt } from './stats/kurt.ts';
// single methods, COINr names in camelCase
export { skew } from './stats/skew.ts';
export { boxcox } from './treat/boxcox.ts';
export { logCT } from './treat/log-ct.ts';
export { logCTOrig } from './treat/log-ct-orig.ts';
export { logCTPlus } from './treat/log-ct-plus.ts';
export { winsorise } from './treat/winsorise.ts';
export { type CompiledTree, compileTree, type TreeNode } from './tree/compile-tree.ts';
export * from './types.ts';
export { effectiveWeights } from './weights/effective-weights.ts';
export { resolveWeights } from './weights/resolve-weights.ts';
export { datasetToCsv } from './write/dataset-to-csv.ts';
export { rankStatsToCsv } from './write/rank-stats-to-csv.ts';
export { resultsToCsv } from './write/results-to-csv.ts';
export { treatmentToCsv } from './write/treatment-to-csv.ts';
