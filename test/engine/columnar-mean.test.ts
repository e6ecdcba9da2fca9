import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aAmean } from '../../src/core/engine/aggregate/a-amean.ts';
import { aGmean } from '../../src/core/engine/aggregate/a-gmean.ts';
import { aHmean } from '../../src/core/engine/aggregate/a-hmean.ts';
import { columnarMean } from '../../src/core/engine/aggregate/columnar-mean.ts';

const cell = fc.oneof(fc.constant(Number.NaN), fc.double({ min: 0.001, max: 1e6, noNaN: true }));
const table = fc.integer({ min: 1, max: 6 }).chain((k) =>
  fc.record({
    rows: fc.array(fc.array(cell, { minLength: k, maxLength: k }), { minLength: 1, maxLength: 20 }),
    w: fc.array(fc.double({ min: 0.1, max: 10, noNaN: true }), { minLength: k, maxLength: k }),
  }),
);

describe('columnar means', () => {
  it('give bit-identical results to the one-unit kernels a_amean, a_gmean and a_hmean', () => {
    fc.assert(
      fc.property(table, ({ rows, w }) => {
        const k = w.length;
        const cols = Array.from({ length: k }, (_, j) => Float64Array.from(rows, (r) => r[j]!));
        const kernels = { a_amean: aAmean, a_gmean: aGmean, a_hmean: aHmean } as const;
        for (const kind of ['a_amean', 'a_gmean', 'a_hmean'] as const) {
          const got = columnarMean(cols, w, kind);
          rows.forEach((r, u) => {
            expect(Object.is(got[u], kernels[kind](r, w))).toBe(true);
          });
        }
      }),
    );
  });
});
