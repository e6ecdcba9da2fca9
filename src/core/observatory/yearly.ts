/**
 * Quarterly remittance costs as yearly means. Negative costs (an artefact of
 * official exchange rates below the market rate, see data/ README) are left
 * out and reported, never averaged in.
 * @module
 */
import type { PeriodPoint, Point } from './port.ts';

export interface YearlyCost {
  yearly: Point[];
  /** Periods left out because their cost was negative. */
  excluded: PeriodPoint[];
}

/**
 * Mean of the non-negative quarterly values of each year.
 * @example yearlyCost([{ period: '2020Q1', value: 5 }, { period: '2020Q3', value: 6 }]).yearly; // [{ year: 2020, value: 5.5 }]
 */
export function yearlyCost(periods: readonly PeriodPoint[]): YearlyCost {
  const sums = new Map<number, { sum: number; n: number }>();
  const excluded: PeriodPoint[] = [];
  for (const p of periods) {
    if (!(p.value >= 0)) {
      excluded.push(p);
      continue;
    }
    const year = Number(p.period.slice(0, 4));
    const s = sums.get(year) ?? { sum: 0, n: 0 };
    s.sum += p.value;
    s.n += 1;
    sums.set(year, s);
  }
  const yearly = [...sums.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, s]) => ({ year, value: s.sum / s.n }));
  return { yearly, excluded };
}

/** The latest period (by its text, `YYYYQn` sorts) with a non-negative value. */
export function latestCost(periods: readonly PeriodPoint[]): PeriodPoint | null {
  let best: PeriodPoint | null = null;
  for (const p of periods) if (p.value >= 0 && (!best || p.period > best.period)) best = p;
  return best;
}

/** The latest point of a series, or null. */
export function latest(points: readonly Point[]): Point | null {
  let best: Point | null = null;
  for (const p of points) if (Number.isFinite(p.value) && (!best || p.year > best.year)) best = p;
  return best;
}

/** The value for one year, or null. */
export const at = (points: readonly Point[], year: number): number | null =>
  points.find((p) => p.year === year)?.value ?? null;
