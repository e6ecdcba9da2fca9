import { describe, expect, it } from 'vitest';
import { readCoinCsv } from '../../src/core/engine/read/read-coin-csv.ts';
import { arr, ok, run } from './support/run-spec.ts';
import { tinyCoin } from './support/tiny-coin.ts';

describe('runPipeline on a hand-checked coin', () => {
  it('applies direction before min-max and averages up the tree', () => {
    const r = ok({
      normalise: { method: 'n_minmax', params: { l_u: [0, 100] } },
      aggregate: { method: 'a_amean' },
    });
    expect(arr(r.datasets.Normalised!.columns.b)).toEqual([0, 50, 100, 75]);
    expect(arr(r.results.columns.P1)).toEqual([0, 50, 100, 47.5]);
    expect(arr(r.results.columns.P2)).toEqual([50, 50, 50, 50]);
    expect(arr(r.results.columns.Index)).toEqual([25, 50, 75, 48.75]);
    expect(arr(r.results.rank)).toEqual([4, 2, 1, 3]);
  });

  it('gives tied scores the lowest rank ("min")', () => {
    const r = ok(
      { normalise: { method: 'n_minmax' }, aggregate: { method: 'a_amean' } },
      tinyCoin({ a: [0, 10, 10, 0], b: [8, 0, 0, 8] }),
    );
    expect(arr(r.results.rank)).toEqual([3, 1, 1, 3]);
  });

  it('sets a method per level', () => {
    const r = ok({
      normalise: { method: 'n_minmax', params: { l_u: [1, 100] } },
      aggregate: { method: { '2': 'a_amean', '3': 'a_gmean' } },
    });
    const p1 = r.results.columns.P1![3]!;
    const p2 = r.results.columns.P2![3]!;
    expect(r.results.columns.Index![3]).toBeCloseTo(Math.sqrt(p1 * p2), 12);
  });

  it('reports a non-positive value under a geometric mean naming indicator and unit, never NaN', () => {
    const r = run({ normalise: { method: 'n_minmax' }, aggregate: { method: 'a_gmean' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]).toMatchObject({ code: 'non_positive_in_mean', iCode: 'a', unit: 'U1' });
    expect(r.issues[0]!.message).toMatch(
      /a_gmean at level 2 \("P1"\) needs values > 0, but "a" of unit "U1" is 0/,
    );
  });

  it('reports a non-positive value under a harmonic mean too', () => {
    const r = run({ normalise: { method: 'n_zscore' }, aggregate: { method: 'a_hmean' } });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.every((p) => p.code === 'non_positive_in_mean' && p.unit && p.iCode)).toBe(
        true,
      );
  });

  it('skips missing values and renormalises weights; dat_thresh blanks aggregates with too little data', () => {
    const input = tinyCoin({ c: [Number.NaN, 2, 3, 4], d: [Number.NaN, 3, 2, Number.NaN] });
    const r = ok({ normalise: { method: 'none' }, aggregate: { method: 'a_amean' } }, input);
    expect(arr(r.results.columns.P2)).toEqual([Number.NaN, 2.5, 2.5, 4]);
    const t = ok(
      { normalise: { method: 'none' }, aggregate: { method: 'a_amean', dat_thresh: 0.75 } },
      input,
    );
    expect(arr(t.results.columns.P2)).toEqual([Number.NaN, 2.5, 2.5, Number.NaN]);
  });

  it('takes goalposts from iMeta with "use_iMeta", flipping them for direction -1', () => {
    const none = { method: 'none' };
    const r = ok({
      normalise: { method: 'n_goalposts', params: 'use_iMeta', indiv: { c: none, d: none } },
    });
    expect(arr(r.datasets.Normalised!.columns.a)).toEqual([0, 50, 100, 20]);
    expect(arr(r.datasets.Normalised!.columns.b)).toEqual([0, 50, 100, 75]);
  });

  it('reports an indicator without goalposts in iMeta', () => {
    const r = run({ normalise: { method: 'n_goalposts', params: 'use_iMeta' } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((p) => p.iCode)).toEqual(['c', 'd']);
  });

  it('applies a per-indicator normalisation override', () => {
    const r = ok({ normalise: { method: 'n_minmax', indiv: { c: { method: 'n_rank' } } } });
    expect(arr(r.datasets.Normalised!.columns.c)).toEqual([1, 2, 3, 4]);
    expect(arr(r.datasets.Normalised!.columns.d)).toEqual([100, 200 / 3, 100 / 3, 0]);
  });

  it('uses a named weight set and an override at one level', () => {
    const base = { normalise: { method: 'n_minmax' }, aggregate: { method: 'a_amean' } };
    const r = ok({
      ...base,
      weights: { set: 'W', sets: { W: { a: 3 } }, levels: { '2': { P1: 0, P2: 1 } } },
    });
    expect(arr(r.results.columns.P1)).toEqual([0, 50, 100, (3 * 20 + 75) / 4]);
    expect(arr(r.results.columns.Index)).toEqual(arr(r.results.columns.P2));
  });

  it('reports weights summing to zero under one parent', () => {
    const r = run({
      normalise: { method: 'n_minmax' },
      aggregate: {},
      weights: { levels: { '2': { P1: 1, P2: -1 } } },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code: 'zero_weights', iCode: 'Index' });
  });

  it('reports an unknown weight set and an iCode at the wrong level', () => {
    const r = run({ aggregate: {}, weights: { set: 'nope', levels: { '2': { a: 2 } } } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((p) => p.message)).toEqual([
        'weights.set: weight set "nope" is not defined; expected Original, Equal or one of: (no sets given)',
        'weights.levels.2: "a" is at level 1, not level 2',
      ]);
    }
  });

  it('denominates, imputes by group and screens units', () => {
    const input = tinyCoin({
      a: [2, Number.NaN, 8, 16],
      c: [Number.NaN, Number.NaN, Number.NaN, 4],
      d: [Number.NaN, 1, 1, 1],
    });
    input.iMeta[0]!.Denominator = 'pop';
    const r = ok(
      { denominate: true, impute: { method: 'i_mean_grp', group: 'g' }, screen: { dat_thresh: 1 } },
      input,
    );
    expect(arr(r.datasets.Denominated!.columns.a)).toEqual([2, Number.NaN, 2, 2]);
    expect(arr(r.datasets.Imputed!.columns.a)).toEqual([2, 2, 2, 2]);
    // unit U1 and U2 have no c in group x: they stay incomplete and are screened out
    expect(r.datasets.Screened!.units).toEqual(['U3', 'U4']);
    expect(r.log.map((e) => e.stage)).toEqual(['Denominated', 'Imputed', 'Screened']);
    expect(r.log[2]!.notes).toEqual(['removed 2 unit(s): U1, U2']);
  });

  it('reports an unknown group column', () => {
    const r = run({ impute: { method: 'i_median_grp', group: 'continent' } });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues[0]!.message).toBe(
        'impute.group "continent" is not a Group column of the data; groups: g',
      );
  });
});

describe('many non-positive values', () => {
  it('lists the first 100 with indicator and unit and counts the rest in one closing entry', () => {
    const base = tinyCoin();
    const n = 40;
    const zeros = () => new Float64Array(n);
    const input = {
      ...base,
      units: Array.from({ length: n }, (_, i) => `U${i}`),
      groups: {},
      indicators: { a: zeros(), b: zeros(), c: zeros(), d: zeros() },
    };
    const r = run({ normalise: { method: 'none' }, aggregate: { method: 'a_gmean' } }, input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(101);
    expect(r.issues.slice(0, 100).every((p) => p.iCode && p.unit)).toBe(true);
    expect(r.issues[100]!.message).toBe(
      '60 more non-positive value(s) under geometric, harmonic or power means, not listed',
    );
  });
});

describe('inputs built in code', () => {
  it('refuses a tree with a cycle as a problem, not an exception', () => {
    const input = tinyCoin();
    input.iMeta = input.iMeta.map((r) => (r.iCode === 'Index' ? { ...r, Parent: 'P1' } : r));
    const r = run({ normalise: { method: 'n_minmax' }, aggregate: {} }, input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.every((p) => p.code === 'invalid_tree')).toBe(true);
      expect(r.issues.map((p) => p.message).join('\n')).toMatch(/cycle in the tree/);
    }
  });
});

describe('panel data read from CSV', () => {
  it('imputes along time, keeps one year and scores it', () => {
    const read = readCoinCsv({
      iData: {
        name: 'iData.csv',
        text: 'uCode,Time,a,b\nA,2019,1,10\nA,2020,,20\nB,2019,3,30\nB,2020,4,\nC,2019,2,5\nC,2020,6,8\n',
      },
      iMeta: {
        name: 'iMeta.csv',
        text: 'Level,iCode,Direction,Weight,Parent,Type\n1,a,1,1,Index,Indicator\n1,b,1,1,Index,Indicator\n2,Index,1,1,,Aggregate\n',
      },
    });
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    const r = ok(
      {
        impute: { method: 'impute_panel', imp_type: 'latest', max_time: 1, time: 2020 },
        normalise: { method: 'none' },
        aggregate: {},
      },
      read.input,
    );
    expect(r.datasets.Imputed!.units).toEqual(['A', 'B', 'C']);
    expect(arr(r.datasets.Imputed!.columns.a)).toEqual([1, 4, 6]);
    expect(arr(r.datasets.Imputed!.columns.b)).toEqual([20, 30, 8]);
    expect(arr(r.results.columns.Index)).toEqual([10.5, 17, 7]);
    expect(arr(r.results.rank)).toEqual([2, 1, 3]);
  });
});

describe('denominate options', () => {
  it('divides by a denominator named in denomby, times scale_factor, and rejects an unknown indicator', () => {
    const r = ok({ denominate: { denomby: { c: 'pop' }, scale_factor: 100 } });
    expect(arr(r.datasets.Denominated!.columns.c)).toEqual([100, 100, 75, 50]);
    expect(arr(r.datasets.Denominated!.columns.a)).toEqual([0, 5, 10, 2]);
    const bad = run({ denominate: { denomby: { zz: 'pop' } } });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.issues[0]!.message).toBe('denominate.denomby: "zz" is not an indicator');
  });
});
