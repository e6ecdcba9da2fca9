import { describe, expect, it } from 'vitest';
import { regenerate } from '../../src/core/engine/regenerate.ts';
import { runPipeline } from '../../src/core/engine/run-pipeline.ts';
import type { PipelineSpec } from '../../src/core/engine/spec.ts';
import { asemInput } from './support/fixtures.ts';
import { arr, ok, run } from './support/run-spec.ts';
import { tinyCoin } from './support/tiny-coin.ts';

describe('regenerate', () => {
  it("reproduces the COINr example's results exactly from its log", () => {
    const input = asemInput();
    const spec: PipelineSpec = {
      denominate: true,
      impute: { method: 'i_mean_grp', group: 'EurAsia_group' },
      screen: { dat_thresh: 0.9, unit_screen: 'byNA' },
      treat: { winmax: 5 },
      normalise: { method: 'n_minmax', params: { l_u: [0, 100] } },
      weights: { levels: { '2': { Physical: 2 } } },
      aggregate: { method: { '2': 'a_amean', '3': 'a_amean', '4': 'a_amean' } },
    };
    const first = runPipeline(input, spec);
    if (!first.ok) throw new Error('should run');
    const again = regenerate(input, JSON.parse(JSON.stringify(first.result.log)));
    if (!again.ok) throw new Error('should regenerate');
    expect(again.result.results).toEqual(first.result.results);
    expect(again.result.log).toEqual(first.result.log);
  });
});

describe('more COINr methods through the spec', () => {
  it('normalises by distance to a reference unit named by uCode or 1-based position', () => {
    const byCode = ok({
      normalise: { method: 'n_dist2ref', params: { iref: 'U2', cap_max: true } },
    });
    const byPos = ok({ normalise: { method: 'n_dist2ref', params: { iref: 2, cap_max: true } } });
    expect(arr(byCode.datasets.Normalised!.columns.a)).toEqual([0, 1, 1, 0.4]);
    expect(byPos.datasets.Normalised).toEqual(byCode.datasets.Normalised);
    const bad = run({ normalise: { method: 'n_dist2ref', params: { iref: 'ZZ' } } });
    expect(bad.ok).toBe(false);
  });

  it('aggregates by Copeland at one level and by a generalised mean with p at another', () => {
    const r = ok({
      normalise: { method: 'n_minmax' },
      aggregate: { method: { '2': 'a_copeland', '3': 'a_amean' } },
    });
    // P1 over (a, b): U3 beats everyone on both, U1 loses to everyone; U2 and U4 split a and b
    expect(arr(r.results.columns.P1)).toEqual([-3, 0, 3, 0]);
    // P2: c and d disagree on every pair, so every comparison is a draw
    expect(arr(r.results.columns.P2)).toEqual([0, 0, 0, 0]);
    expect(arr(r.results.columns.Index)).toEqual([-1.5, 0, 1.5, 0]);
    const positiveB = { b: { method: 'n_minmax', params: { l_u: [1, 100] } } };
    const g = ok(
      {
        normalise: { method: 'none', indiv: positiveB },
        aggregate: { method: 'a_genmean', params: { p: 2 } },
      },
      tinyCoin({ a: [1, 2, 3, 4], c: [1, 1, 1, 1], d: [7, 7, 7, 7] }),
    );
    // sqrt((1^2 + 7^2) / 2) = 5
    expect(g.results.columns.P2![0]).toBeCloseTo(5, 12);
  });

  it('screens units by their share of non-zero values', () => {
    const input = tinyCoin({ a: [0, 1, 1, 1], b: [0, 1, 1, 1], c: [0, 0, 1, 1], d: [1, 1, 1, 1] });
    const r = ok({ screen: { unit_screen: 'byzeros', nonzero_thresh: 0.5 } }, input);
    expect(r.datasets.Screened!.units).toEqual(['U2', 'U3', 'U4']);
    const both = ok(
      { screen: { unit_screen: 'byNAandzeros', nonzero_thresh: 0.8, dat_thresh: 1 } },
      input,
    );
    expect(both.datasets.Screened!.units).toEqual(['U3', 'U4']);
  });
});
