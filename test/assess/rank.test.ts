import { expect, test } from 'vitest';
import { rankDescending } from '../../src/core/assess/score/rank.ts';

test('ranks put the highest score first, share the best rank on ties and leave missing scores unranked', () => {
  expect(rankDescending(Float64Array.of(50, 80, 50, Number.NaN, 10))).toEqual([2, 1, 2, null, 4]);
});

test('ranks agree with counting the strictly better scores', () => {
  const scores = Float64Array.from({ length: 200 }, (_, i) => Math.round(Math.sin(i) * 20));
  const byCount = Array.from(scores, (s) => 1 + scores.filter((t) => t > s).length);
  expect(rankDescending(scores)).toEqual(byCount);
});
