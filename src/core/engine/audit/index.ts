/**
 * Audits of a composite indicator, as COINr's get_stats, get_corr,
 * get_cronbach and get_PCA.
 * @module
 */
export {
  type CorrelationMatrix,
  type CorrelationMethod,
  type CorrelationOptions,
  correlationMatrix,
} from './correlation-matrix.ts';
export { correlationPValue } from './correlation-p-value.ts';
export { cronbachAlpha } from './cronbach-alpha.ts';
export {
  DEFAULT_STATS_THRESHOLDS,
  type IndicatorStats,
  indicatorStats,
  type StatsThresholds,
} from './indicator-stats.ts';
export { type PcaResult, pca } from './pca.ts';
export { pcaWeights } from './pca-weights.ts';
export { spearman } from './spearman.ts';
