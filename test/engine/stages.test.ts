import { describe, expect, it } from 'vitest';
import { iMedianGrp } from '../../src/core/engine/impute/i-by-group.ts';
import { iPanel } from '../../src/core/engine/impute/i-panel.ts';
import { TREAT_DEFAULTS, treatColumn } from '../../src/core/engine/treat/treat-column.ts';
import { compileTree } from '../../src/core/engine/tree/compile-tree.ts';
import { effectiveWeights } from '../../src/core/engine/weights/effective-weights.ts';
import { resolveWeights } from '../../src/core/engine/weights/resolve-weights.ts';
import { asemInput } from './support/fixtures.ts';

const NaN_ = Number.NaN;

describe('panel imputation', () => {
  const units = ['A', 'A', 'A', 'A', 'B', 'B'];
  const time = [2018, 2019, 2020, 2021, 2020, 2021];
  it('carries the latest value forward within max_time years', () => {
    const x = [1, NaN_, NaN_, NaN_, 5, NaN_];
    expect(Array.from(iPanel(x, units, time, 'latest', 2))).toEqual([1, 1, 1, NaN_, 5, 5]);
  });
  it('interpolates linearly between years, carries the nearest value to the ends, and leaves a one-point series alone', () => {
    const x = [NaN_, 2, NaN_, 8, NaN_, 1];
    expect(Array.from(iPanel(x, units, time, 'linear'))).toEqual([2, 2, 5, 8, NaN_, 1]);
  });
});

describe('group median imputation', () => {
  it('fills each group from its own median', () => {
    expect(
      Array.from(iMedianGrp([1, NaN_, 3, 10, NaN_, 30, 40], ['a', 'a', 'a', 'b', 'b', 'b', 'b'])),
    ).toEqual([1, 2, 3, 10, 30, 30, 40]);
  });
});

describe('outlier treatment of one indicator', () => {
  it('leaves a well-behaved indicator alone', () => {
    const r = treatColumn('x', Float64Array.from([1, 2, 3, 4, 5]), TREAT_DEFAULTS);
    expect(r.detail.treatment).toBe('none');
    expect(Array.from(r.x)).toEqual([1, 2, 3, 4, 5]);
  });
  it('falls through to the chosen transform of the original values when winsorising is not enough', () => {
    const x = Float64Array.from([...Array(20).fill(1), 100, 1000, 10000]);
    const r = treatColumn('x', x, { ...TREAT_DEFAULTS, winmax: 1, f2: 'log_CT_orig' });
    expect(r.detail.treatment).toBe('log_CT_orig');
    expect(r.detail.winsorisedPoints).toBe(1);
    expect(Array.from(r.x)).toEqual(Array.from(x, (v) => Math.log(v - 1 + 1)));
  });
});

describe('weights through the ASEM tree', () => {
  const compiled = compileTree(asemInput().iMeta);
  if (!compiled.ok) throw new Error('tree');
  const tree = compiled.tree;
  it('gives each indicator its effective weight: 1/2 x 1/pillars x 1/indicators', () => {
    const w = resolveWeights(tree, undefined);
    if (!w.ok) throw new Error('weights');
    const eff = effectiveWeights(tree, w.weights);
    expect(eff.get('LPI')).toBeCloseTo(1 / 2 / 5 / 8, 15);
    expect(eff.get('Renew')).toBeCloseTo(1 / 2 / 3 / 5, 15);
    const total = tree.indicators.reduce((s, c) => s + eff.get(c)!, 0);
    expect(total).toBeCloseTo(1, 12);
  });
  it('compiles 49 indicators into levels 2 to 4 under the Index', () => {
    expect(tree.indicators).toHaveLength(49);
    expect(tree.levels).toEqual([2, 3, 4]);
    expect(tree.indexCode).toBe('Index');
    expect(tree.byLevel.get(2)!.map((n) => n.children.length)).toEqual([8, 5, 3, 6, 8, 5, 9, 5]);
  });
});
