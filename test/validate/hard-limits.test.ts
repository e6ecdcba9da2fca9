import { expect, test } from 'vitest';
import { CATALOGUE, catalogueIndex } from '../../src/core/template/catalogue/index.ts';
import { hardLimits } from '../../src/core/validate/hard-limits.ts';

const byId = catalogueIndex(CATALOGUE);
const limits = (id: string) => hardLimits(byId.get(id)!);

test('hard limits follow the unit: shares stop at 100, flags at 0/1, scales at their ends', () => {
  expect(limits('corridor_share_of_emigrants')).toEqual({ min: 0, max: 100 });
  expect(limits('icrmw_ratified')).toEqual({ min: 0, max: 1 });
  expect(limits('mipex_overall')).toEqual({ min: 0, max: 100 });
  expect(limits('sdg1072_all_domains')).toEqual({ min: 1, max: 4 });
  expect(limits('migrant_acceptance')).toEqual({ min: 0, max: 9 });
});

test('counts and amounts only forbid negatives; indicators that may be negative have no lower limit', () => {
  expect(limits('corridor_stock')).toEqual({ min: 0, max: Number.POSITIVE_INFINITY });
  expect(limits('recruitment_cost_ratio')).toEqual({ min: 0, max: Number.POSITIVE_INFINITY });
  expect(limits('net_migration_rate')).toEqual({
    min: Number.NEGATIVE_INFINITY,
    max: Number.POSITIVE_INFINITY,
  });
  expect(limits('migrant_pay_gap')).toEqual({ min: Number.NEGATIVE_INFINITY, max: 100 });
});

test('every built-in plausible range lies within its hard limits', () => {
  for (const e of CATALOGUE) {
    const h = hardLimits(e);
    expect(e.min, e.id).toBeGreaterThanOrEqual(h.min);
    expect(e.max, e.id).toBeLessThanOrEqual(h.max);
  }
});
