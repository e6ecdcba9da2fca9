/**
 * Builds a partner's review: reads their spreadsheet (and, read-only, the
 * hub's corridors), validates it, and scores it among the hub's corridors.
 * Nothing is written to any spreadsheet.
 * @module
 */

import type { Benchmark } from '../assess/types.ts';
import type { Issue } from '../contract/issue.ts';
import type { Review, ReviewOutcome } from '../contract/review.ts';
import {
  baseReport,
  claimCorridors,
  collect,
  type Loaded,
  loadOne,
} from '../recalculate/collect.ts';
import { scoreTogether } from '../recalculate/recalculate.ts';
import type { RecalculateDeps } from '../recalculate/types.ts';
import { median } from '../stats/median.ts';

const MAX_ISSUES = 200;

export async function buildReview(
  spreadsheetId: string,
  hubId: string | undefined,
  deps: RecalculateDeps,
): Promise<ReviewOutcome> {
  const generatedAt = deps.clock.now().toISOString();
  const collected = hubId ? await collect(hubId, deps) : undefined;
  const hubBook = collected?.hub.workbook ?? { tabs: {} };
  const port = deps.open(spreadsheetId);
  const partner = await loadOne(
    port,
    baseReport(spreadsheetId, spreadsheetId, 'corridor'),
    hubBook,
    deps,
  );
  if (!partner.workbook)
    return {
      ok: false,
      failure: partner.report.failure ?? 'unavailable',
      reason: partner.report.reason ?? 'unreadable',
    };
  // the partner's own version of a corridor replaces the hub's copy
  const own = new Set(partner.report.corridors);
  const peers = (collected?.corridors ?? []).filter(
    (c) =>
      c.report.spreadsheetId !== spreadsheetId && !c.report.corridors.some((id) => own.has(id)),
  );
  const items: Loaded[] = [partner, ...peers.filter((p) => p.report.status === 'written')];
  claimCorridors(items);
  const result =
    partner.report.status === 'written' ? scoreTogether(items, generatedAt, deps) : undefined;
  const benchmark = partner.report.status === 'written' ? (result?.benchmark ?? null) : null;
  const issues = sortIssues(partner.issues);
  const review: Review = {
    spreadsheetId,
    title: port.title || spreadsheetId,
    generatedAt,
    status: benchmark ? 'scored' : 'invalid',
    errors: issues.filter((i) => i.severity === 'error').length,
    warnings: issues.filter((i) => i.severity === 'warning').length,
    issues: issues.slice(0, MAX_ISSUES),
    ...(benchmark ? scoresOf(benchmark, own) : { corridors: [], dimensions: [], gaps: [] }),
    hub: collected?.hub.workbook
      ? {
          spreadsheetId: hubId!,
          label: collected.hub.report.label,
          corridors: peers.reduce(
            (n, p) => n + (p.report.status === 'written' ? p.report.corridors.length : 0),
            0,
          ),
          unreachable: peers.filter((p) => p.report.status === 'unreachable').length,
        }
      : null,
  };
  return { ok: true, review };
}

const sortIssues = (issues: Issue[]) =>
  [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));

/** The median, or null for no values. */
function medianOrNull(values: number[]): number | null {
  const m = median(values);
  return Number.isNaN(m) ? null : m;
}

function scoresOf(
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
