/**
 * What drives the ranking without any re-runs: how closely each dimension's
 * scores follow the overall score across the scored corridors.
 * @module
 */
import { sampleCorrelation } from 'simple-statistics';
import type { DimensionId } from '../../template/types.ts';
import type { CorridorScore, DimensionDriver } from '../types.ts';
import { DIMENSIONS } from './coin-input.ts';

/**
 * Pearson correlation of each dimension with the overall score over the
 * corridors that have both (null below 3 corridors or without spread).
 *
 * @example
 * dimensionDrivers(corridors, { root_causes: 1 }); // [{ dimension: 'root_causes', correlation: 0.93, weight: 1, corridors: 10 }]
 */
export function dimensionDrivers(
  corridors: readonly CorridorScore[],
  weights: Partial<Record<DimensionId, number>>,
): DimensionDriver[] {
  const out: DimensionDriver[] = [];
  for (const d of DIMENSIONS) {
    if (!corridors.some((c) => c.dimensions[d] !== undefined)) continue;
    const pairs = corridors.flatMap((c) => {
      const v = c.dimensions[d];
      return c.overall !== null && v !== null && v !== undefined ? [[v, c.overall] as const] : [];
    });
    const xs = pairs.map((p) => p[0]);
    const ys = pairs.map((p) => p[1]);
    const spread = (a: number[]) => a.some((v) => v !== a[0]);
    const r = pairs.length >= 3 && spread(xs) && spread(ys) ? sampleCorrelation(xs, ys) : null;
    out.push({
      dimension: d,
      correlation: r !== null && Number.isFinite(r) ? r : null,
      weight: weights[d] ?? 1,
      corridors: pairs.length,
    });
  }
  return out;
}
