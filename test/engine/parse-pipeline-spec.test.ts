import { describe, expect, it } from 'vitest';
import { parsePipelineSpec } from '../../src/core/engine/parse-pipeline-spec.ts';

describe('parsePipelineSpec', () => {
  it('accepts the COINr example spec of issue 2 as written', () => {
    const spec = {
      denominate: true,
      impute: { method: 'i_mean_grp', group: 'EurAsia_group' },
      screen: { dat_thresh: 0.9, unit_screen: 'byNA' },
      treat: { winmax: 5, skew_thresh: 2, kurt_thresh: 3.5 },
      normalise: { method: 'n_minmax', params: { l_u: [0, 100] } },
      aggregate: { method: 'a_amean' },
    };
    expect(parsePipelineSpec(spec)).toEqual({ ok: true, spec });
  });

  it('accepts an empty spec (every stage skipped), goalposts from iMeta and a method per level', () => {
    expect(parsePipelineSpec({}).ok).toBe(true);
    expect(
      parsePipelineSpec({ normalise: { method: 'n_goalposts', params: 'use_iMeta' } }).ok,
    ).toBe(true);
    expect(
      parsePipelineSpec({ aggregate: { method: { '2': 'a_amean', '3': 'a_gmean' } } }).ok,
    ).toBe(true);
    expect(parsePipelineSpec({ weights: 'Equal' }).ok).toBe(true);
    expect(
      parsePipelineSpec({
        treat: true,
        impute: { method: 'impute_panel', imp_type: 'latest', max_time: 3 },
      }).ok,
    ).toBe(true);
  });

  it('rejects an unknown normalisation method with its path and the methods it knows', () => {
    expect(parsePipelineSpec({ normalise: { method: 'n_foo' } })).toEqual({
      ok: false,
      issues: [
        {
          code: 'invalid_spec',
          path: 'normalise.method',
          message:
            'unknown method "n_foo"; expected one of n_minmax, n_zscore, n_scaled, n_dist2max, n_dist2ref, n_dist2targ, n_fracmax, n_rank, n_prank, n_borda, n_goalposts, none',
          severity: 'error',
        },
      ],
    });
  });

  it('rejects an unknown parameter of a method', () => {
    const r = parsePipelineSpec({
      normalise: { method: 'n_minmax', params: { l_u: [0, 1], lu: 3 } },
    });
    expect(r).toEqual({
      ok: false,
      issues: [
        {
          code: 'invalid_spec',
          path: 'normalise.params',
          message: 'unknown key(s) "lu"',
          severity: 'error',
        },
      ],
    });
  });

  it('rejects an unknown aggregation method and an unknown stage', () => {
    const r = parsePipelineSpec({ aggregate: { method: 'a_median' }, normalize: {} });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path)).toEqual(['aggregate.method', '(root)']);
    expect(r.issues[0]!.message).toMatch(
      /expected one of a_amean, a_gmean, a_hmean, a_genmean, a_copeland/,
    );
    expect(r.issues[1]!.message).toBe('unknown key(s) "normalize"');
  });

  it('requires the group of a group imputation and a range for thresholds', () => {
    const r = parsePipelineSpec({ impute: { method: 'i_mean_grp' }, screen: { dat_thresh: 1.5 } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toEqual(['impute.group', 'screen.dat_thresh']);
  });
});
