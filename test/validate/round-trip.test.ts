import { expect, test } from 'vitest';
import {
  CATALOGUE,
  catalogueIndex,
  POLICY_QUESTIONS,
  policyQuestionIndex,
} from '../../src/core/template/catalogue/index.ts';
import { COLUMNS } from '../../src/core/template/layout.ts';
import { readTemplate } from '../../src/core/validate/index.ts';
import { template } from './fixture.ts';

const col = (tab: keyof typeof COLUMNS, name: string) =>
  (COLUMNS[tab] as readonly string[]).indexOf(name);

test('every prefilled cell of an observatory template, filled with plausible values, reads back without issues', () => {
  const wb = template([
    { origin: 'MEX', destination: 'USA', periodStart: 2010, periodEnd: 2024 },
    { origin: 'HND', transit: 'GTM', destination: 'USA', periodStart: 2010, periodEnd: 2024 },
    { origin: 'XKX', destination: 'DEU', periodStart: 2010, periodEnd: 2024 },
  ]);
  const byId = catalogueIndex(CATALOGUE);
  const indicatorRows = wb.tabs.Indicators!.slice(1);
  for (const r of indicatorRows) {
    const e = byId.get(String(r[1]))!;
    r[col('Indicators', 'year')] = 2022;
    r[col('Indicators', 'value')] = (e.min + e.max) / 2;
    r[col('Indicators', 'source')] = e.source;
  }
  // stocks must fit in the totals, which the midpoints do not guarantee
  for (const r of indicatorRows)
    if (r[1] === 'corridor_stock') r[col('Indicators', 'value')] = 1000;
  const questions = policyQuestionIndex(POLICY_QUESTIONS);
  const policyRows = wb.tabs.Policy!.slice(1);
  for (const r of policyRows) {
    r[col('Policy', 'answer')] = questions.get(String(r[1]))!.options[0]!.answer;
    r[col('Policy', 'source')] = 'national law';
  }
  const availabilityRows = wb.tabs['Data availability']!.slice(1);
  for (const r of availabilityRows) r[col('Data availability', 'status')] = 'partial';

  const { issues, submission } = readTemplate(wb);
  expect(issues.filter((i) => i.code !== 'unknown_country')).toEqual([]);
  expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
    ['unknown_country', 'warning', 'Corridors!B4'],
  ]);
  expect(submission.observations).toHaveLength(indicatorRows.length);
  expect(submission.policy).toHaveLength(policyRows.length);
  expect(submission.policy.every((p) => p.score === 100)).toBe(true);
  expect(submission.availability).toHaveLength(availabilityRows.length);
  expect(new Set(submission.observations.map((o) => o.corridorId))).toEqual(
    new Set(['MEX-USA', 'HND-GTM-USA', 'XKX-DEU']),
  );
});
