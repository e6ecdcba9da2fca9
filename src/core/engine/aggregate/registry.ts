/** The aggregation methods by COINr name, each over a parent's child columns. @module */
import type { AggregatorName } from '../spec.ts';
import { aCopeland } from './a-copeland.ts';
import { aGenmean } from './a-genmean.ts';
import { columnarMean } from './columnar-mean.ts';

export interface Aggregator {
  /** Undefined for values <= 0: the stage reports such values before running. */
  needsPositive: boolean;
  /**
   * @param cols - child columns (one value per unit)
   * @param w - child weights
   * @param p - the power of a_genmean
   * @returns one value per unit
   */
  run(cols: readonly Float64Array[], w: Float64Array, p: number): Float64Array;
}

/** Every aggregation method, by COINr name. */
export const AGGREGATOR_METHODS: Record<AggregatorName, Aggregator> = {
  a_amean: { needsPositive: false, run: (cols, w) => columnarMean(cols, w, 'a_amean') },
  a_gmean: { needsPositive: true, run: (cols, w) => columnarMean(cols, w, 'a_gmean') },
  a_hmean: { needsPositive: true, run: (cols, w) => columnarMean(cols, w, 'a_hmean') },
  a_genmean: {
    needsPositive: true,
    run: (cols, w, p) => {
      const n = cols[0]?.length ?? 0;
      const k = cols.length;
      const out = new Float64Array(n);
      const buf = new Float64Array(k);
      for (let u = 0; u < n; u++) {
        for (let j = 0; j < k; j++) buf[j] = cols[j]![u]!;
        out[u] = aGenmean(buf, w, p, k);
      }
      return out;
    },
  },
  a_copeland: { needsPositive: false, run: (cols, w) => aCopeland(cols, w) },
};
