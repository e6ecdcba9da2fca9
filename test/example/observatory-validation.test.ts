import { beforeAll, describe, expect, test } from 'vitest';
import { buildObservatory, type Observatory } from '../../scripts/example/build-observatory.ts';
import type { Issue } from '../../src/core/contract/issue.ts';
import { readTemplate, type TemplateRead } from '../../src/core/validate/read-template.ts';

let built: Observatory;
let read: TemplateRead;
beforeAll(() => {
  built = buildObservatory('data');
  read = readTemplate(built.workbook);
});

const errors = (): Issue[] => read.issues.filter((i) => i.severity === 'error');

describe('example observatory through the validator', () => {
  test('the example validates with no errors', () => {
    expect(errors()).toEqual([]);
  });

  test('real values outside the catalogue plausible ranges are kept, as warnings', () => {
    const outside = read.issues.filter((i) => i.code === 'out_of_range');
    expect(outside.length).toBeGreaterThan(0);
    for (const w of outside) expect(w.severity).toBe('warning');
  });

  test('every value the builder made is read back', () => {
    expect(read.submission.observations.length).toBe(built.values.length);
  });

  test('all corridors are read with their reference period', () => {
    const ids = read.submission.corridors.map((c) => c.id);
    expect(ids).toEqual([...new Set(built.values.map((v) => v.corridorId))]);
    for (const c of read.submission.corridors)
      expect([c.periodStart, c.periodEnd]).toEqual([2010, 2024]);
  });

  test("the example's own Catalogue rows are read as custom indicators", () => {
    const custom = read.submission.catalogue.filter((c) => c.custom).map((c) => c.id);
    expect(custom).toEqual(['corridor_refugees', 'corridor_asylum_seekers']);
    expect(read.submission.observations.some((o) => o.indicator === 'corridor_refugees')).toBe(
      true,
    );
  });

  test('the Data availability rows are all read', () => {
    const statuses = new Set(read.submission.availability.map((a) => a.status));
    expect(statuses).toEqual(new Set(['available', 'partial', 'missing']));
    const missingCost = read.submission.availability.find(
      (a) => a.corridorId === 'VEN-COL' && a.item === 'corridor_remit_cost',
    );
    expect(missingCost?.status).toBe('missing');
  });
});
