/**
 * The composite-indicator engine (COINr-conformant): read COINr CSV tables,
 * validate a pipeline spec, run it, regenerate it from its log, write CSV.
 * @module
 */
export * from './types.ts';
export { parsePipelineSpec, type SpecIssue } from './parse-pipeline-spec.ts';
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
export { runPipeline, type RunOutcome } from './run-pipeline.ts';
export { regenerate, specFromLog } from './regenerate.ts';
export { readCoinCsv, type CsvFile } from './read/read-coin-csv.ts';
export type { CsvProblem } from './read/read-imeta.ts';
export { compileTree, type CompiledTree, type TreeNode } from './tree/compile-tree.ts';
export { resolveWeights } from './weights/resolve-weights.ts';
export { effectiveWeights } from './weights/effective-weights.ts';
export { rankScores } from './rank-scores.ts';
// single methods, COINr names in camelCase
export { skew } from './stats/skew.ts';
export { kurt } from './stats/kurt.ts';
export { checkSkewKurt } from './stats/check-skew-kurt.ts';
export { rankValues, type TiesMethod } from './stats/rank-values.ts';
export { nMinmax } from './normalise/n-minmax.ts';
export { nZscore } from './normalise/n-zscore.ts';
export { nScaled } from './normalise/n-scaled.ts';
export { nDist2max } from './normalise/n-dist2max.ts';
export { nDist2ref } from './normalise/n-dist2ref.ts';
export { nDist2targ } from './normalise/n-dist2targ.ts';
export { nFracmax } from './normalise/n-fracmax.ts';
export { nRank } from './normalise/n-rank.ts';
export { nPrank } from './normalise/n-prank.ts';
export { nBorda } from './normalise/n-borda.ts';
export { nGoalposts } from './normalise/n-goalposts.ts';
export { aAmean } from './aggregate/a-amean.ts';
export { aGmean } from './aggregate/a-gmean.ts';
export { aHmean } from './aggregate/a-hmean.ts';
export { aGenmean } from './aggregate/a-genmean.ts';
export { aCopeland } from './aggregate/a-copeland.ts';
export { outrankMatrix } from './aggregate/outrank-matrix.ts';
export { winsorise } from './treat/winsorise.ts';
export { logCT } from './treat/log-ct.ts';
export { logCTOrig } from './treat/log-ct-orig.ts';
export { logCTPlus } from './treat/log-ct-plus.ts';
export { boxcox } from './treat/boxcox.ts';
export { iMean } from './impute/i-mean.ts';
export { iMedian } from './impute/i-median.ts';
export { iMeanGrp, iMedianGrp } from './impute/i-by-group.ts';
export { iPanel } from './impute/i-panel.ts';
export { resultsToCsv } from './write/results-to-csv.ts';
export { datasetToCsv } from './write/dataset-to-csv.ts';
export { treatmentToCsv } from './write/treatment-to-csv.ts';
export { rankStatsToCsv } from './write/rank-stats-to-csv.ts';
