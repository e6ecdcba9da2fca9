import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pickAlternative } from '../../src/core/engine/uncertainty/pick-alternative.ts';
import { saltelliDesign } from '../../src/core/engine/uncertainty/saltelli-design.ts';
import { sobolFirstOrder } from '../../src/core/engine/uncertainty/sobol-first-order.ts';
import { sobolTotalOrder } from '../../src/core/engine/uncertainty/sobol-total-order.ts';
import { sobolVariance } from '../../src/core/engine/uncertainty/sobol-variance.ts';
import { mulberry32 } from '../../src/core/stats/mulberry32.ts';
import { quantileType7 } from '../../src/core/stats/quantile-type7.ts';

interface UnitCase {
  name: string;
  output: number | number[];
}
const cases: UnitCase[] = JSON.parse(
  readFileSync(
    new URL('../fixtures/coinr-asem/functions_unit_cases.json', import.meta.url),
    'utf8',
  ),
);
const out = (name: string) => {
  const c = cases.find((x) => x.name === name);
  if (!c) throw new Error(`functions_unit_cases.json has no case ${name}`);
  return c.output;
};

describe("Sobol estimators reproduce COINr's SA_estimate on its yy (N = 5, d = 2)", () => {
  const yy = out('SA_estimate_input_yy') as number[];
  const n = 5;
  const block = (k: number) => yy.slice(k * n, (k + 1) * n);
  const [yA, yB, yAB1, yAB2] = [block(0), block(1), block(2), block(3)];
  const v = sobolVariance(yA, yB);

  it('takes the variance of yA and yB together with n - 1', () => {
    expect(v).toBeCloseTo(out('SA_estimate_Variance') as number, 9);
  });

  it('gives the first-order indices of Saltelli 2010', () => {
    const si = out('SA_estimate_Si') as number[];
    expect(sobolFirstOrder(yA, yB, yAB1, v)).toBeCloseTo(si[0]!, 9);
    expect(sobolFirstOrder(yA, yB, yAB2, v)).toBeCloseTo(si[1]!, 9);
  });

  it('gives the total-order indices of Jansen', () => {
    const sti = out('SA_estimate_STi') as number[];
    expect(sobolTotalOrder(yA, yAB1, v)).toBeCloseTo(sti[0]!, 9);
    expect(sobolTotalOrder(yA, yAB2, v)).toBeCloseTo(sti[1]!, 9);
  });
});

describe('Sobol estimators on an additive model with known indices', () => {
  it('find y = x1 + 2 x2 (uniform inputs) has S1 = 0.2 and S2 = 0.8, first and total', () => {
    const n = 20000;
    const rows = saltelliDesign(n, 2, mulberry32(3));
    const y = rows.map((r) => r[0]! + 2 * r[1]!);
    const b = (k: number) => y.slice(k * n, (k + 1) * n);
    const v = sobolVariance(b(0), b(1));
    expect(sobolFirstOrder(b(0), b(1), b(2), v)).toBeCloseTo(0.2, 1);
    expect(sobolFirstOrder(b(0), b(1), b(3), v)).toBeCloseTo(0.8, 1);
    expect(sobolTotalOrder(b(0), b(2), v)).toBeCloseTo(0.2, 1);
    expect(sobolTotalOrder(b(0), b(3), v)).toBeCloseTo(0.8, 1);
  });
});

describe('the Saltelli design', () => {
  it('has N (d + 2) rows ordered A, B, then A with one column from B', () => {
    const rows = saltelliDesign(4, 3, mulberry32(9));
    expect(rows).toHaveLength(20);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 4; j++) {
        const ab = rows[8 + i * 4 + j]!;
        for (let c = 0; c < 3; c++) expect(ab[c]).toBe(c === i ? rows[4 + j]![c] : rows[j]![c]);
      }
    }
  });
});

describe('the seeded generator (mulberry32)', () => {
  it('repeats its stream for the same seed and differs for another', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const xa = Array.from({ length: 100 }, a);
    expect(Array.from({ length: 100 }, b)).toEqual(xa);
    expect(Array.from({ length: 100 }, c)).not.toEqual(xa);
  });

  it('gives the same first draw for seed 42 as when it was written (integer arithmetic only)', () => {
    expect(mulberry32(42)()).toBe(0.6011037519201636);
  });

  it('draws in [0, 1) with a mean near one half', () => {
    const r = mulberry32(7);
    const xs = Array.from({ length: 100000 }, r);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeCloseTo(0.5, 2);
  });
});

describe('discrete inputs and quantiles', () => {
  it('cut U(0, 1) into equal bins, as COINr maps a discrete input', () => {
    expect([0, 0.19, 0.2, 0.59, 0.6, 0.999].map((u) => pickAlternative(u, 5))).toEqual([
      0, 0, 1, 2, 3, 4,
    ]);
  });

  it("take quantiles like R's default type 7", () => {
    // R: quantile(c(1, 2, 3, 4, 10), c(0.05, 0.5, 0.95)) = 1.2, 3, 8.8
    const xs = [1, 2, 3, 4, 10];
    expect(quantileType7(xs, 0.05)).toBeCloseTo(1.2, 12);
    expect(quantileType7(xs, 0.5)).toBe(3);
    expect(quantileType7(xs, 0.95)).toBeCloseTo(8.8, 12);
  });
});
