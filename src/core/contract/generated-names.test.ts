import { expect, test } from 'vitest';
import { resolveGeneratedNames } from './generated-names.ts';

test("a user's own tab named like a generated one is left alone and ours takes a suffix", () => {
  const names = resolveGeneratedNames(['Indicators', 'Ranking'], new Set(), [
    'Ranking',
    'Scorecard',
  ]);
  expect(names.get('Ranking')).toBe('Ranking (CM)');
  expect(names.get('Scorecard')).toBe('Scorecard');
});

test('a tab we generated before is replaced under its own name', () => {
  const names = resolveGeneratedNames(['Ranking'], new Set(['Ranking']), ['Ranking']);
  expect(names.get('Ranking')).toBe('Ranking');
});

test('the suffix counts up when the suffixed name is taken too', () => {
  const names = resolveGeneratedNames(['Ranking', 'Ranking (CM)'], new Set(), ['Ranking']);
  expect(names.get('Ranking')).toBe('Ranking (CM 2)');
});
