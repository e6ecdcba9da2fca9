/**
 * Per-indicator statistics and flags, as COINr's get_stats.
 * @module
 */

import { meanSd } from '../../stats/mean-sd.ts';
import { median } from '../../stats/median.ts';
import { kurt } from '../stats/kurt.ts';
import { minMax } from '../stats/min-max.ts';
import { skew } from '../stats/skew.ts';

export interface StatsThresholds {
  /** |skew| above this AND kurtosis above t_kurt flags OUT (default 2). */
  t_skew: number;
  /** Default 3.5. */
  t_kurt: number;
  /** Share of available values below this flags LOW (default 0.65). */
  t_avail: number;
  /** Share of non-zero values below this flags LOW, i.e. zeros above 1 - t (default 0.5). */
  t_zero: number;
  /** Share of unique values below this flags LOW (default 0.5). */
  t_unq: number;
}

export const DEFAULT_STATS_THRESHOLDS: StatsThresholds = {
  t_skew: 2,
  t_kurt: 3.5,
  t_avail: 0.65,
  t_zero: 0.5,
  t_unq: 0.5,
};

/** One row of COINr's get_stats table; shares other than frcAvail are of the available values. */
export interface IndicatorStats {
  iCode: string;
  min: number;
  max: number;
  mean: number;
  median: number;
  sd: number;
  skew: number;
  kurt: number;
  nAvail: number;
  nNonZero: number;
  nUnique: number;
  /** Count of the most frequent value. */
  nSame: number;
  frcAvail: number;
  frcNonZero: number;
  frcUnique: number;
  frcSame: number;
  flagAvail: 'ok' | 'LOW';
  flagNonZero: 'ok' | 'LOW';
  flagUnique: 'ok' | 'LOW';
  flagSkewKurt: 'ok' | 'OUT';
}

/**
 * @param columns - indicator columns (NaN = missing), e.g. a stage's Dataset.columns
 * @param codes - which columns, in output order (default: all)
 * @param thresholds - flag thresholds (default COINr's)
 * @returns one row per indicator
 * @example indicatorStats({ x: Float64Array.of(0, 1, 2) })[0].frcNonZero // => 0.6666666666666666
 */
export function indicatorStats(
  columns: Record<string, ArrayLike<number>>,
  codes: readonly string[] = Object.keys(columns),
  thresholds: Partial<StatsThresholds> = {},
): IndicatorStats[] {
  const t = { ...DEFAULT_STATS_THRESHOLDS, ...thresholds };
  return codes.map((iCode) => {
    const x = columns[iCode] ?? [];
    const counts = new Map<number, number>();
    let nNonZero = 0;
    for (let i = 0; i < x.length; i++) {
      const v = x[i]!;
      if (Number.isNaN(v)) continue;
      counts.set(v, (counts.get(v) ?? 0) + 1);
      if (v !== 0) nNonZero++;
    }
    let nAvail = 0;
    let nSame = 0;
    for (const c of counts.values()) {
      nAvail += c;
      nSame = Math.max(nSame, c);
    }
    const [min, max] = nAvail ? minMax(x) : [Number.NaN, Number.NaN];
    const [mean, sd] = meanSd(x);
    const s = skew(x);
    const k = kurt(x);
    const frcNonZero = nNonZero / nAvail;
    const frcUnique = counts.size / nAvail;
    return {
      iCode,
      min,
      max,
      mean,
      median: median(x),
      sd,
      skew: s,
      kurt: k,
      nAvail,
      nNonZero,
      nUnique: counts.size,
      nSame,
      frcAvail: x.length ? nAvail / x.length : Number.NaN,
      frcNonZero,
      frcUnique,
      frcSame: nSame / nAvail,
      flagAvail: nAvail / x.length < t.t_avail ? 'LOW' : 'ok',
      flagNonZero: frcNonZero < t.t_zero ? 'LOW' : 'ok',
      flagUnique: frcUnique < t.t_unq ? 'LOW' : 'ok',
      flagSkewKurt: Math.abs(s) > t.t_skew && k > t.t_kurt ? 'OUT' : 'ok',
    };
  });
}
