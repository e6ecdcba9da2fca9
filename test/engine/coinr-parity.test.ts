import { describe, expect, it } from 'vitest';
import { aCopeland } from '../../src/core/engine/aggregate/a-copeland.ts';
import { outrankMatrix } from '../../src/core/engine/aggregate/outrank-matrix.ts';
import { iPanel } from '../../src/core/engine/impute/i-panel.ts';
import { TREAT_DEFAULTS, treatColumn } from '../../src/core/engine/treat/treat-column.ts';
import {
  byUnit,
  coinInput,
  nums,
  type ParityCase,
  parityCase,
  type Table,
} from './support/coinr-parity.ts';
import { arr, ok } from './support/run-spec.ts';

/** Expects equal numbers (NaN equals NaN), to 1e-12 relative. */
function expectClose(actual: readonly number[], expected: readonly number[], what: string) {
  expect(actual.length, what).toBe(expected.length);
  actual.forEach((a, i) => {
    const e = expected[i]!;
    if (Number.isNaN(e)) expect(a, `${what}[${i}]`).toBeNaN();
    else
      expect(Math.abs(a - e), `${what}[${i}]: ${a} vs ${e}`).toBeLessThanOrEqual(
        1e-12 * Math.max(1, Math.abs(e)),
      );
  });
}

function screened(c: ParityCase, screen: unknown): string[] {
  return ok({ screen }, coinInput(c)).datasets.Screened!.units;
}

describe('COINr 1.1.14 parity on generated cases (test/fixtures/coinr-parity)', () => {
  it('screens by availability with COINr default dat_thresh 2/3, so 33 of 50 indicators (0.66) is too few', () => {
    const c = parityCase('01-screen-default-dat-thresh');
    expect(screened(c, { unit_screen: 'byNA' })).toEqual(c.coinr.kept);
  });

  it('screens by zeros counting the non-zero share among available values only', () => {
    const c = parityCase('02-screen-by-zeros');
    const z = c.coinr.byzeros as { kept: string[] };
    expect(screened(c, { unit_screen: 'byzeros', nonzero_thresh: 0.5 })).toEqual(z.kept);
    const b = c.coinr.byNAandzeros as { kept: string[] };
    expect(
      screened(c, { unit_screen: 'byNAandzeros', dat_thresh: 0.3, nonzero_thresh: 0.5 }),
    ).toEqual(b.kept);
  });

  it('leaves a unit with an empty group cell missing under i_mean_grp and imputes the others by group', () => {
    const c = parityCase('03-impute-mean-grp-empty-group');
    const r = ok({ impute: { method: 'i_mean_grp', group: 'grp' } }, coinInput(c));
    const imp = r.datasets.Imputed!;
    const want = c.coinr.Imputed as Table;
    for (const code of ['x1', 'x2', 'x3']) {
      const m = byUnit(want, code);
      expectClose(
        arr(imp.columns[code]),
        imp.units.map((u) => m.get(u)!),
        code,
      );
    }
  });

  it('applies explicit goalposts to a Direction -1 indicator as given, and negates and swaps only iMeta goalposts', () => {
    const c = parityCase('04-goalposts-direction-negative');
    const input = coinInput(c);
    const given = ok(
      { normalise: { method: 'n_goalposts', params: { gposts: [2, 8, 100], trunc2posts: false } } },
      input,
    ).datasets.Normalised!;
    const meta = ok({ normalise: { method: 'n_goalposts', params: 'use_iMeta' } }, input).datasets
      .Normalised!;
    for (const code of ['neg', 'pos']) {
      expectClose(arr(given.columns[code]), nums((c.coinr.given as Table)[code]), `given ${code}`);
      expectClose(
        arr(meta.columns[code]),
        nums((c.coinr.use_iMeta as Table)[code]),
        `iMeta ${code}`,
      );
    }
  });

  it('uses an explicit dist2targ target as given on a Direction -1 indicator, and flips only the iMeta Target', () => {
    const c = parityCase('05-dist2targ-direction-negative');
    const input = coinInput(c);
    const given = ok(
      { normalise: { method: 'n_dist2targ', params: { targ: 2, cap_max: false } } },
      input,
    ).datasets.Normalised!;
    const meta = ok({ normalise: { method: 'n_dist2targ', params: 'use_iMeta' } }, input).datasets
      .Normalised!;
    for (const code of ['neg', 'pos']) {
      expectClose(arr(given.columns[code]), nums((c.coinr.given as Table)[code]), `given ${code}`);
      expectClose(
        arr(meta.columns[code]),
        nums((c.coinr.use_iMeta as Table)[code]),
        `iMeta ${code}`,
      );
    }
  });

  it('fills panel gaps linearly and carries the nearest observation to either end (approx rule = 2)', () => {
    const c = parityCase('06-impute-panel-linear-ends');
    const d = c.input.iData as Table;
    const units = d.uCode!.map(String);
    const time = nums(d.Time);
    const want = c.coinr.iData_imp as Table;
    for (const code of ['x1', 'x2']) {
      expectClose(arr(iPanel(nums(d[code]), units, time, 'linear')), nums(want[code]), code);
    }
  });

  it('counts max_time in time points of the panel, so on a biennial panel 1 reaches back two years', () => {
    const c = parityCase('07-impute-panel-latest-max-time');
    const d = c.input.iData as Table;
    const units = d.uCode!.map(String);
    const time = nums(d.Time);
    // COINr returns rows grouped by year; look each row up by unit and year
    for (const [key, mt] of [
      ['max_time_1', 1],
      ['max_time_2', 2],
    ] as const) {
      const want = c.coinr[key] as Table;
      const at = new Map(want.uCode!.map((u, i) => [`${u}|${want.Time![i]}`, nums(want.x1)[i]!]));
      const got = arr(iPanel(nums(d.x1), units, time, 'latest', mt));
      expectClose(
        got,
        units.map((u, i) => at.get(`${u}|${time[i]}`)!),
        key,
      );
    }
  });

  it('returns an indicator that winsorising flattens untreated, with a reason, and treats the others as COINr does', () => {
    const c = parityCase('08-treat-flattened-indicator');
    const r = ok(
      { treat: true, normalise: { method: 'n_minmax', params: { l_u: [0, 100] } } },
      coinInput(c),
    );
    const treated = c.coinr.Treated as Table;
    const normalised = c.coinr.Normalised as Table;
    for (const code of ['flat', 'skewed', 'plain']) {
      expectClose(arr(r.datasets.Treated!.columns[code]), nums(treated[code]), `treated ${code}`);
      expectClose(
        arr(r.datasets.Normalised!.columns[code]),
        nums(normalised[code]),
        `normalised ${code}`,
      );
    }
    expect([c.coinr.warnings].flat()).toEqual([
      expect.stringContaining("Indicator could not be treated at column 'flat'"),
    ]);
    const flat = r.treatment!.find((t) => t.iCode === 'flat')!;
    expect(flat.treatment).toBe('none');
    expect(flat.untreated).toMatch(/returned untreated/);
  });

  it('treats a flattened column directly as untreated rather than a column of equal values', () => {
    const x = Float64Array.from([...Array(27).fill(0), 5, 9, 40]);
    const r = treatColumn('flat', x, TREAT_DEFAULTS);
    expect(Array.from(r.x)).toEqual(Array.from(x));
  });

  it('scores an outranking value of exactly 0.5 as a tie in Copeland (A 1, B 1, C -2)', () => {
    const c = parityCase('09-copeland-exact-half');
    const X1 = c.input.X1 as Table;
    const cols = Object.values(X1).map(nums);
    expect(Array.from(aCopeland(cols, nums(c.input.w1)))).toEqual(nums(c.coinr.scores1));
    const r = ok(
      {
        normalise: { method: 'none' },
        aggregate: { method: { '2': 'a_copeland', '3': 'a_amean' } },
      },
      {
        units: ['A', 'B', 'C'],
        groups: {},
        denominators: {},
        indicators: Object.fromEntries(
          Object.entries(X1).map(([k, v]) => [k, Float64Array.from(nums(v))]),
        ),
        iMeta: [
          ...Object.keys(X1).map((k) => ({
            Level: 1,
            iCode: k,
            Direction: 1,
            Weight: 1,
            Parent: 'P',
            Type: 'Indicator' as const,
          })),
          {
            Level: 2,
            iCode: 'P',
            Direction: 1,
            Weight: 1,
            Parent: 'Index',
            Type: 'Aggregate' as const,
          },
          { Level: 3, iCode: 'Index', Direction: 1, Weight: 1, Type: 'Aggregate' as const },
        ],
      },
    );
    expect(arr(r.results.columns.P)).toEqual(nums(c.coinr.scores1));
  });

  it('computes each outranking pair once with missing values, and its reverse as 1 - O', () => {
    const c = parityCase('09-copeland-exact-half');
    const cols = Object.values(c.input.X2 as Table).map(nums);
    const w = nums(c.input.w2);
    const n = cols[0]!.length;
    const want = (c.coinr.outrank2 as unknown[]).flatMap(nums);
    expectClose(Array.from(outrankMatrix(cols, w)), want, 'outrank');
    expect(Array.from(aCopeland(cols, w))).toEqual(nums(c.coinr.scores2));
    expect(want.length).toBe(n * n);
  });
});
