import { describe, expect, it } from 'vitest';
import { compileTree } from '../../src/core/engine/tree/compile-tree.ts';
import { defaultInputs } from '../../src/core/engine/uncertainty/default-inputs.ts';
import { meanAbsRankShift } from '../../src/core/engine/uncertainty/mean-abs-rank-shift.ts';
import { noisyWeightSets } from '../../src/core/engine/uncertainty/noisy-weight-sets.ts';
import { summariseRanks } from '../../src/core/engine/uncertainty/summarise-ranks.ts';
import type { UncertainInput } from '../../src/core/engine/uncertainty/types.ts';
import { variantSpec } from '../../src/core/engine/uncertainty/variant-spec.ts';
import { resolveWeights } from '../../src/core/engine/weights/resolve-weights.ts';
import { mulberry32 } from '../../src/core/stats/mulberry32.ts';
import { tinyCoin } from './support/tiny-coin.ts';

const r = (input: UncertainInput, alternatives: unknown[]) => ({ input, alternatives });

describe('variant specs', () => {
  it('replace normalisation, imputation, winmax and the aggregation method, keeping the rest', () => {
    const nominal = {
      denominate: true,
      impute: { method: 'i_mean' as const },
      treat: { winmax: 5, skew_thresh: 2 },
      normalise: { method: 'n_minmax' as const, params: { l_u: [0, 100] as [number, number] } },
      aggregate: { method: 'a_amean' as const, dat_thresh: 0.5 },
    };
    const v = variantSpec(
      nominal,
      [
        r({ name: 'N', kind: 'normalisation', alternatives: [] }, ['x', { method: 'n_rank' }]),
        r({ name: 'I', kind: 'imputation', alternatives: [] }, [{ method: 'i_median' }]),
        r({ name: 'W', kind: 'winmax', alternatives: [] }, [1, 2, 3]),
        r({ name: 'A', kind: 'aggregation', alternatives: [] }, ['a_amean', { '2': 'a_gmean' }]),
      ],
      [1, 0, 2, 1],
    );
    expect(v).toEqual({
      denominate: true,
      impute: { method: 'i_median' },
      treat: { winmax: 3, skew_thresh: 2 },
      normalise: { method: 'n_rank' },
      aggregate: { method: { '2': 'a_gmean' }, dat_thresh: 0.5 },
    });
    expect(nominal.treat.winmax).toBe(5);
  });

  it('add treatment when the nominal has none or has `true`, and merge weight levels into a named set', () => {
    const w = r({ name: 'W', kind: 'weights', noise: 0.1, levels: [2] }, [{ '2': { P1: 1.1 } }]);
    const m = r({ name: 'M', kind: 'winmax', alternatives: [] }, [4]);
    expect(variantSpec({ treat: true, weights: 'Equal' }, [m, w], [0, 0])).toEqual({
      treat: { winmax: 4 },
      weights: { set: 'Equal', levels: { '2': { P1: 1.1 } } },
    });
    expect(variantSpec({}, [m], [0])).toEqual({ treat: { winmax: 4 } });
  });
});

describe('noisy weight sets', () => {
  const coin = tinyCoin();
  const t = compileTree(coin.iMeta);
  if (!t.ok) throw new Error('tiny tree should compile');
  const w = resolveWeights(t.tree, undefined);
  if (!w.ok) throw new Error('weights should resolve');

  it('stay within +-noise of the nominal weight, at the requested levels only', () => {
    const sets = noisyWeightSets(t.tree, w.weights, 0.25, [2], 200, mulberry32(4));
    expect(sets).toHaveLength(200);
    for (const s of sets) {
      expect(Object.keys(s)).toEqual(['2']);
      for (const v of Object.values(s['2']!)) {
        expect(v).toBeGreaterThanOrEqual(0.75);
        expect(v).toBeLessThanOrEqual(1.25);
      }
    }
    const p1 = sets.map((s) => s['2']!.P1!);
    expect(Math.max(...p1) - Math.min(...p1)).toBeGreaterThan(0.4);
  });

  it('skip levels the tree does not have', () => {
    expect(noisyWeightSets(t.tree, w.weights, 0.25, [7], 1, mulberry32(1))).toEqual([{}]);
  });
});

describe('the default inputs', () => {
  it("are COINr's vignette set, without winmax when the spec treats no outliers", () => {
    expect(defaultInputs({ treat: { winmax: 5 } }).map((i) => i.name)).toEqual([
      'Winmax',
      'Normalisation',
      'Weights',
      'Aggregation',
    ]);
    expect(defaultInputs({}).map((i) => i.kind)).toEqual([
      'normalisation',
      'weights',
      'aggregation',
    ]);
  });
});

describe('rank summaries', () => {
  it('give mean, median and type-7 quantiles per unit, skipping replications where it is unranked', () => {
    const ranks = [1, 2, 3, 4, 10].map((v) => Float64Array.of(v, Number.NaN));
    const s = summariseRanks(['A', 'B'], Float64Array.of(1, 2), ranks);
    expect(s.mean[0]).toBe(4);
    expect(s.median[0]).toBe(3);
    expect(s.q5[0]).toBeCloseTo(1.2, 12);
    expect(s.q95[0]).toBeCloseTo(8.8, 12);
    expect(s.mean[1]).toBeNaN();
  });

  it('measure the mean absolute rank shift over units ranked in both runs', () => {
    expect(
      meanAbsRankShift(Float64Array.of(1, 3, 2, Number.NaN), Float64Array.of(1, 2, 3, 4)),
    ).toBeCloseTo(2 / 3, 14);
  });
});
