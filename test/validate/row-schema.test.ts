import fc from 'fast-check';
import { expect, test } from 'vitest';
import { indicatorRow, rowSchema } from '../../src/core/validate/index.ts';
import { parseRow } from '../../src/core/validate/row-parse.ts';

const cell = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  fc.string(),
  fc.constantFrom('2020', '1,234', 'origin', 'Transit', '4.5'),
  fc.integer({ min: 1800, max: 2200 }),
  fc.double(),
  fc.boolean(),
);
const row = fc.record(Object.fromEntries(Object.keys(indicatorRow).map((k) => [k, cell])));

test('the zod row schema accepts and rejects exactly what the readers do, with the same codes', () => {
  const schema = rowSchema(indicatorRow);
  fc.assert(
    fc.property(row, (values) => {
      const fast = parseRow(indicatorRow, values);
      const slow = schema.safeParse(values);
      expect(slow.success).toBe(fast.failures.length === 0);
      if (slow.success) expect(slow.data).toEqual(fast.data);
      else {
        const zodCodes = slow.error.issues.map((i) => [
          String(i.path[0]),
          (i as { params?: { code: string } }).params?.code,
        ]);
        expect(zodCodes).toEqual(fast.failures.map((f) => [f.column, f.code]));
      }
    }),
    { numRuns: 300 },
  );
});

test('the zod row schema turns numeric text into numbers and names the issue code', () => {
  const r = rowSchema(indicatorRow).safeParse({
    corridor_id: 'MEX-USA',
    indicator: 'gdp_pc_usd',
    side: 'Origin',
    year: '2020',
    value: '4.5',
    source: 'WDI',
  });
  expect(r.success && r.data).toMatchObject({ side: 'origin', year: 2020, value: 4.5 });
  const bad = rowSchema(indicatorRow).safeParse({
    corridor_id: 'MEX-USA',
    indicator: 'x',
    side: 'origin',
    year: 2020,
    value: 'n/a',
    source: '',
  });
  expect(bad.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
    ['value', 'expects a number, found "n/a" (leave the cell empty when there is no value)'],
    ['source', 'expects a source for the value, found an empty cell'],
  ]);
});
