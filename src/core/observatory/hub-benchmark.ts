/**
 * A hub's stored results (its "Review results" and "Data gaps" tabs, as a
 * recalculation wrote them) as the benchmark the corridor pages show: scores,
 * rank intervals, coverage, dimension scores and per-indicator data gaps.
 * Read, never re-scored. Problems are issues at the hub's tab, never exceptions.
 * @module
 */
import type { Benchmark, CorridorScore } from '../assess/types.ts';
import { type Failed, type Issue, type IssueCode, issue } from '../contract/issue.ts';
import type { Review } from '../contract/review.ts';
import { REVIEW_RESULTS_TAB, readStoredReview } from '../recalculate/stored-review.ts';
import { GENERATED_TABS } from '../template/layout.ts';

/** Title of the Data gaps tab's section with one row per indicator x corridor. */
const DETAIL_TITLE = 'Every indicator x corridor';

export type HubBenchmark = { ok: true; benchmark: Benchmark; runId: string } | Failed<Issue>;

const fail = (code: IssueCode, tab: string, message: string): Failed<Issue> => ({
  ok: false,
  issues: [issue(code, tab, message)],
});

type Gap = Benchmark['gaps'][number];

function storedReviews(rows: unknown[][]): Review[] {
  const ids = rows
    .slice(1)
    .map((r) => r[0])
    .filter((v): v is string => typeof v === 'string' && v !== '');
  return ids.flatMap((id) => readStoredReview(rows, id) ?? []);
}

/** The "Every indicator x corridor" rows of a Data gaps tab; null when the section is not there. */
function detailGaps(rows: unknown[][]): Gap[] | null {
  const at = rows.findIndex((r) => r[0] === DETAIL_TITLE);
  if (at < 0) return null;
  const header = (rows[at + 1] ?? []).map((h) => String(h ?? ''));
  const col = (name: string) => header.indexOf(name);
  const [corridor, indicator, status, year, inCoverage] = [
    'Corridor',
    'Indicator',
    'Status',
    'Latest year',
    'In coverage',
  ].map(col) as [number, number, number, number, number];
  if (corridor < 0 || indicator < 0 || status < 0) return null;
  const gaps: Gap[] = [];
  for (const row of rows.slice(at + 2)) {
    const id = row[corridor];
    if (typeof id !== 'string' || id === '') break;
    const s = row[status];
    if (s !== 'available' && s !== 'stale' && s !== 'missing') continue;
    const y = year < 0 ? null : row[year];
    const c = inCoverage < 0 ? undefined : row[inCoverage];
    gaps.push({
      corridorId: id,
      indicator: String(row[indicator] ?? ''),
      status: s,
      year: typeof y === 'number' ? y : null,
      ...(c === 'yes' || c === 'no' ? { inCoverage: c === 'yes' } : {}),
    });
  }
  return gaps;
}

/** The time in a generated tab's "Generated at" row, when it is written as text. */
function generatedAt(rows: unknown[][]): string | null {
  const v = rows.find((r) => r[0] === 'Generated at')?.[1];
  return typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? new Date(v).toISOString() : null;
}

/**
 * Builds the benchmark of a hub's last recalculation from its stored tabs.
 *
 * @example
 * const hub = hubBenchmark(reviewRows, dataGapRows);
 * if (hub.ok) assessmentsByPair(hub.benchmark, 'Hub title');
 */
export function hubBenchmark(
  reviewRows: unknown[][],
  dataGapRows: unknown[][] | null,
): HubBenchmark {
  const reviews = storedReviews(reviewRows);
  if (!reviews.length)
    return fail(
      'missing_tab',
      REVIEW_RESULTS_TAB,
      'has no stored review results: recalculate it first (POST /v1/recalculate)',
    );
  const scored = reviews.filter((r) => r.status === 'scored' && r.corridors.length > 0);
  const first = scored[0];
  if (!first)
    return fail(
      'not_assessed',
      REVIEW_RESULTS_TAB,
      `scored no corridor in its last recalculation (${reviews[0]!.runId ?? reviews[0]!.generatedAt}): see its Validation and Recalculation tabs`,
    );
  const gaps = dataGapRows ? detailGaps(dataGapRows) : null;
  const tabTime = dataGapRows ? generatedAt(dataGapRows) : null;
  if (!gaps || (tabTime !== null && tabTime !== new Date(first.generatedAt).toISOString()))
    return fail(
      'missing_tab',
      GENERATED_TABS.dataGaps,
      'has no Data gaps tab from its last recalculation: recalculate it again',
    );

  const dimensions = new Map<string, Record<string, number | null>>();
  for (const review of scored)
    for (const d of review.dimensions)
      for (const [id, score] of Object.entries(d.scores))
        dimensions.set(id, { ...dimensions.get(id), [d.id]: score });
  const corridors: CorridorScore[] = first.corridors.map((c) => {
    const route = c.route.split(' → ');
    const [origin = '', transit, destination] =
      route.length === 3 ? route : [route[0], undefined, route[route.length - 1]];
    return {
      corridorId: c.corridorId,
      origin,
      ...(transit ? { transit } : {}),
      destination: destination ?? '',
      overall: c.overall,
      rank: c.rank,
      rankQ5: c.rankQ5,
      rankQ95: c.rankQ95,
      dimensions: dimensions.get(c.corridorId) ?? {},
      perspectives: {},
      coverage: c.coverage,
    };
  });
  return {
    ok: true,
    runId: first.runId ?? first.generatedAt,
    benchmark: {
      generatedAt: first.generatedAt,
      corridors,
      indicators: [],
      sensitivity: [],
      gaps,
      method: {},
    },
  };
}
