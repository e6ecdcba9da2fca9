import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseCsv } from '../../src/core/contract/csv.ts';
import { readTemplate } from '../../src/core/validate/index.ts';

const DIR = 'examples/observatory';

test.skipIf(!existsSync(DIR))('the bundled observatory example reads without errors', () => {
  const tabs: Record<string, unknown[][]> = {};
  for (const f of readdirSync(DIR))
    if (f.endsWith('.csv')) tabs[f.slice(0, -4)] = parseCsv(readFileSync(`${DIR}/${f}`, 'utf8'));
  const { issues, submission } = readTemplate({ tabs });
  expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  expect(submission.corridors.length).toBeGreaterThanOrEqual(10);
  expect(submission.observations.length).toBeGreaterThan(1000);
});
