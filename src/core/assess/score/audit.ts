/**
 * The statistical audit of the main run, JRC style: how each indicator
 * correlates with its dimension and the index, Cronbach's alpha and the
 * first principal component of each dimension, and of the dimensions.
 * @module
 */
import { cronbachAlpha, pca } from '../../engine/audit/index.ts';
import { pearson } from '../../stats/pearson.ts';
import type { DimensionId } from '../../template/types.ts';
import type { IndicatorMeta } from '../types.ts';
import { DIMENSIONS, INDEX_CODE } from './coin-input.ts';
import type { EngineRun } from './engine-result.ts';

/** Fewest corridors with both values for a correlation to be shown. */
export const MIN_PAIRS = 5;

export interface IndicatorAudit {
  iCode: string;
  dimension: DimensionId;
  /** Pearson correlation of the indicator's scores with its dimension's (null below MIN_PAIRS or without spread). */
  withDimension: number | null;
  withIndex: number | null;
  /** Corridors with a score for the indicator. */
  n: number;
  /** Correlates negatively with its own dimension: it pulls the other way. */
  negative: boolean;
}

export interface DimensionAudit {
  dimension: DimensionId;
  indicators: number;
  /** Indicators reported for at least half of the corridors: alpha and PCA use these. */
  inConsistency: number;
  /** Cronbach's alpha over the indicators' scores, pairwise-complete covariances (null with fewer than 2 indicators). */
  alpha: number | null;
  /** Share of the variance the first principal component of its indicators explains (complete corridors only). */
  pc1: number | null;
  /** Corridors with every indicator of the dimension (the PCA's rows). */
  pcaRows: number;
  withIndex: number | null;
}

export interface Audit {
  indicators: IndicatorAudit[];
  dimensions: DimensionAudit[];
  /** The first principal component of the dimension scores: one underlying factor or several. */
  dimensionsPc1: number | null;
}

function corr(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  let n = 0;
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]!) && !Number.isNaN(y[i]!)) n++;
  if (n < MIN_PAIRS) return null;
  const r = pearson(x, y);
  return Number.isFinite(r) ? r : null;
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

function pc1(columns: Record<string, Float64Array>, codes: string[]): [number | null, number] {
  if (codes.length < 2) return [null, 0];
  const r = pca(columns, codes);
  if (!r.ok || r.result.nRows < 3) return [null, r.ok ? r.result.nRows : 0];
  return [finite(r.result.proportion[0] ?? Number.NaN), r.result.nRows];
}

/**
 * @param run - the main run (ranked corridors)
 * @param meta - the scored columns
 * @returns the audit tables
 * @example buildAudit(main, scored).dimensions[0].alpha // => 0.71
 */
export function buildAudit(run: EngineRun, meta: readonly IndicatorMeta[]): Audit {
  const index = run.aggregates[INDEX_CODE]!;
  const indicators: IndicatorAudit[] = [];
  const dimensions: DimensionAudit[] = [];
  for (const d of DIMENSIONS) {
    const own = meta.filter((m) => m.scored && m.dimension === d && run.normalised[m.iCode]);
    const dim = run.aggregates[d];
    if (own.length === 0 || !dim) continue;
    for (const m of own) {
      const x = run.normalised[m.iCode]!;
      const withDimension = own.length > 1 ? corr(x, dim) : null;
      indicators.push({
        iCode: m.iCode,
        dimension: d,
        withDimension,
        withIndex: corr(x, index),
        n: x.filter((v) => !Number.isNaN(v)).length,
        negative: withDimension !== null && withDimension < 0,
      });
    }
    // alpha and PCA over the indicators most corridors report (a transit-only column would empty the PCA)
    const enough = Math.max(MIN_PAIRS, Math.ceil(run.units.length / 2));
    const codes = own
      .map((m) => m.iCode)
      .filter((c) => run.normalised[c]!.filter((v) => !Number.isNaN(v)).length >= enough);
    const [share, rows] = pc1(run.normalised, codes);
    const alpha =
      codes.length >= 2 ? finite(cronbachAlpha(codes.map((c) => run.normalised[c]!))) : null;
    dimensions.push({
      dimension: d,
      indicators: own.length,
      inConsistency: codes.length,
      alpha,
      pc1: share,
      pcaRows: rows,
      withIndex: corr(dim, index),
    });
  }
  const [dimensionsPc1] = pc1(
    run.aggregates,
    dimensions.map((d) => d.dimension),
  );
  return { indicators, dimensions, dimensionsPc1 };
}
