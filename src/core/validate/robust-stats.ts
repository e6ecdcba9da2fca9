/** Small robust statistics for the outlier and series-break warnings. @module */
import { medianType7 as median } from '../stats/quantile-type7.ts';

/** Median absolute deviation from the median (unscaled). */
export function mad(values: readonly number[]): number {
  const m = median(values);
  return median(values.map((v) => Math.abs(v - m)));
}
