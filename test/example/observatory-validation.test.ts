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

  test('the real example raises at most 10 warnings on reading', () => {
    expect(read.issues.filter((i) => i.severity === 'warning').length).toBeLessThanOrEqual(10);
  });

  test('a real value outside its plausible range is kept, as a warning', () => {
    const rows = built.workbook.tabs.Indicators!.map((r) => [...r]);
    const header = rows[0]!.map(String);
    const [indicator, value] = [header.indexOf('indicator'), header.indexOf('value')];
    const at = rows.findIndex((r) => r[indicator] === 'corridor_remit_cost');
    expect(at).toBeGreaterThan(0);
    rows[at]![value] = 95;
    const planted = readTemplate({
      ...built.workbook,
      tabs: { ...built.workbook.tabs, Indicators: rows },
    });
    const cell = `${String.fromCharCode(65 + value)}${at + 1}`;
    const outside = planted.issues.filter(
      (i) => i.code === 'out_of_range' && i.cell === `Indicators!${cell}`,
    );
    expect(outside.map((i) => i.severity)).toEqual(['warning']);
    expect(planted.submission.observations.some((o) => o.value === 95)).toBe(true);
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
