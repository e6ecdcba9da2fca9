/**
 * A spreadsheet's review figures from a benchmark: its corridors among all,
 * dimension scores against the median and best, and its data gaps.
 * @module
 */
import type { Benchmark } from '../assess/types.ts';
import type { Issue } from '../contract/issue.ts';
import type { Review } from '../contract/review.ts';
import { median } from '../stats/median.ts';

export const MAX_ISSUES = 200;

export const sortIssues = (issues: Issue[]) =>
  [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));

/** The median, or null for no values. */
function medianOrNull(values: number[]): number | null {
  const m = median(values);
  return Number.isNaN(m) ? null : m;
}

export function scoresOf(
  benchmark: Benchmark,
  own: Set<string>,
): Pick<Review, 'corridors' | 'dimensions' | 'gaps'> {
  const corridors = benchmark.corridors
    .map((c) => ({
      corridorId: c.corridorId,
      route: [c.origin, c.transit, c.destination].filter(Boolean).join(' → '),
      overall: c.overall,
      rank: c.rank,
      rankQ5: c.rankQ5,
      rankQ95: c.rankQ95,
      coverage: c.coverage,
      partner: own.has(c.corridorId),
    }))
    .sort(
      (a, b) =>
        (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
        (a.corridorId < b.corridorId ? -1 : 1),
    );
  const ids = [...new Set(benchmark.corridors.flatMap((c) => Object.keys(c.dimensions)))].sort();
  const dimensions = ids.map((id) => {
    const value = (c: Benchmark['corridors'][number]) =>
      (c.dimensions as Record<string, number | null | undefined>)[id] ?? null;
    const all = benchmark.corridors.map(value).filter((v): v is number => typeof v === 'number');
    const scores = Object.fromEntries(
      benchmark.corridors.filter((c) => own.has(c.corridorId)).map((c) => [c.corridorId, value(c)]),
    );
    return {
      id,
      scores,
      median: medianOrNull(all),
      best: all.length > 0 ? Math.max(...all) : null,
    };
  });
  const gaps = [...own].map((corridorId) => {
    const mine = benchmark.gaps.filter((g) => g.corridorId === corridorId);
    const count = (s: string) => mine.filter((g) => g.status === s).length;
    return {
      corridorId,
      available: count('available'),
      stale: count('stale'),
      missing: count('missing'),
    };
  });
  return { corridors, dimensions, gaps };
}
