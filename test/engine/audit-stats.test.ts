import { describe, expect, it } from 'vitest';
import { indicatorStats } from '../../src/core/engine/audit/indicator-stats.ts';
import { median } from '../../src/core/stats/median.ts';
import { asemInput, fixtureTable } from './support/fixtures.ts';

/**
 * The fixture stores R's signif(x, 3). R rounds decimal ties to even (9.205 -> 9.2) where
 * toPrecision rounds up, so compare within half a unit of the third significant digit.
 */
function expectSignif3(x: number, stored: number, what: string) {
  const half = stored === 0 ? 5e-3 : 0.5 * 10 ** (Math.floor(Math.log10(Math.abs(stored))) - 2);
  expect(Math.abs(x - stored), `${what}: ${x} vs ${stored}`).toBeLessThanOrEqual(half * (1 + 1e-9));
}

describe("per-indicator statistics reproduce COINr's get_stats on the raw ASEM data (stats_Raw.csv)", () => {
  const input = asemInput();
  const table = fixtureTable('stats_Raw.csv');
  const stats = indicatorStats(input.indicators, table.keys);
  const num: [string, keyof (typeof stats)[number]][] = [
    ['Min', 'min'],
    ['Max', 'max'],
    ['Mean', 'mean'],
    ['Median', 'median'],
    ['Std', 'sd'],
    ['Skew', 'skew'],
    ['Kurt', 'kurt'],
    ['Frc.Avail', 'frcAvail'],
    ['Frc.NonZero', 'frcNonZero'],
    ['Frc.Unique', 'frcUnique'],
    ['Frc.Same', 'frcSame'],
  ];

  it('covers all 49 indicators', () => {
    expect(stats).toHaveLength(49);
  });

  it('matches every statistic to the 3 significant digits the fixture stores', () => {
    for (const s of stats) {
      for (const [col, key] of num) {
        expectSignif3(s[key] as number, table.get(s.iCode, col), `${s.iCode} ${col}`);
      }
    }
  });

  it('matches the counts exactly (available, non-zero, unique, most frequent value)', () => {
    for (const s of stats) {
      expect(s.nAvail, s.iCode).toBe(table.get(s.iCode, 'N.Avail'));
      expect(s.nNonZero, s.iCode).toBe(table.get(s.iCode, 'N.NonZero'));
      expect(s.nUnique, s.iCode).toBe(table.get(s.iCode, 'N.Unique'));
      expect(s.nSame, s.iCode).toBe(table.get(s.iCode, 'N.Same'));
    }
  });

  it('raises the same four flags (skew/kurtosis 2 / 3.5, availability < 0.65, zeros, uniqueness)', () => {
    let out = 0;
    for (const s of stats) {
      expect(s.flagAvail, s.iCode).toBe(table.text(s.iCode, 'Flag.Avail'));
      expect(s.flagNonZero, s.iCode).toBe(table.text(s.iCode, 'Flag.NonZero'));
      expect(s.flagUnique, s.iCode).toBe(table.text(s.iCode, 'Flag.Unique'));
      expect(s.flagSkewKurt, s.iCode).toBe(table.text(s.iCode, 'Flag.SkewKurt'));
      if (s.flagSkewKurt === 'OUT') out++;
    }
    expect(out).toBeGreaterThan(5);
  });
});

describe('statistics flags on hand-made columns', () => {
  it('flag low availability, mostly zeros and few unique values', () => {
    const nan = Number.NaN;
    const [s] = indicatorStats({ x: Float64Array.of(0, 0, 0, 5, nan, nan, nan, nan) });
    expect(s).toMatchObject({
      nAvail: 4,
      frcAvail: 0.5,
      flagAvail: 'LOW',
      frcNonZero: 0.25,
      flagNonZero: 'LOW',
      nUnique: 2,
      flagUnique: 'ok',
      nSame: 3,
      median: 0,
    });
  });

  it('take thresholds from the caller', () => {
    const [s] = indicatorStats({ x: Float64Array.of(1, 2, 3, 4) }, ['x'], { t_avail: 1.01 });
    expect(s?.flagAvail).toBe('LOW');
  });

  it('take the median of the non-missing values', () => {
    expect(median([4, Number.NaN, 1, 3, 2])).toBe(2.5);
    expect(median([Number.NaN])).toBeNaN();
  });
});
