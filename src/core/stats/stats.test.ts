import { describe, expect, test } from 'vitest';
import { meanSd } from './mean-sd.ts';
import { median } from './median.ts';
import { mulberry32 } from './mulberry32.ts';
import { pearson } from './pearson.ts';
import { medianType7, quantileType7 } from './quantile-type7.ts';
import { rankValues } from './rank-values.ts';

describe('the shared statistics', () => {
  test('median skips missing values and averages the middle two', () => {
    expect(median([3, Number.NaN, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  test('the type-7 median equals the median up to the last bit', () => {
    const rand = mulberry32(3);
    for (let t = 0; t < 200; t++) {
      const xs = Array.from({ length: 2 + Math.floor(rand() * 20) }, () => (rand() - 0.5) * 1e4);
      expect(medianType7(xs)).toBeCloseTo(median(xs), 9);
    }
    expect(quantileType7([1, 2, 3, 4], 0.05)).toBeCloseTo(1.15, 12);
  });

  test('ranks, Pearson, mean and sd give their documented values', () => {
    expect(Array.from(rankValues([1, 2, 2, 3]))).toEqual([1, 2, 2, 4]);
    expect(pearson([1, 2, 3], [2, 4, 7])).toBeCloseTo(0.9933992677987828, 14);
    expect(meanSd([1, 2, 3])).toEqual([2, 1]);
  });

  test('one seed gives one stream', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(first[0]).toBe(0.6011037519201636);
  });
});
