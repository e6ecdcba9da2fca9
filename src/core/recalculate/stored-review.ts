/**
 * Review results stored by a recalculation in the hub's "Review results"
 * tab, one row per listed spreadsheet, so that a review page is read, never
 * re-scored: spreadsheet ID, run, computed at, then the review as JSON split
 * over cells (a Sheets cell holds at most 50,000 characters).
 * @module
 */
import type { Benchmark } from '../assess/types.ts';
import type { WriteBack } from '../contract/patch.ts';
import type { Review } from '../contract/review.ts';
import type { Loaded } from './collect.ts';
import { MAX_ISSUES, scoresOf, sortIssues } from './review-scores.ts';

export const REVIEW_RESULTS_TAB = 'Review results';

const CHUNK = 45_000;

/** Each readable listed spreadsheet's review, as the run scored it. */
export function reviewsOfRun(
  items: readonly Loaded[],
  benchmark: Benchmark | null,
  hubLabel: string,
  runId: string,
  generatedAt: string,
): Review[] {
  const readable = items.filter((i) => i.workbook && i.report.status !== 'unreachable');
  const scoredCorridors = benchmark?.corridors.length ?? 0;
  return readable.map((item) => {
    const own = new Set(item.report.corridors);
    const scored = benchmark && item.report.status === 'written';
    const issues = sortIssues(item.issues);
    return {
      spreadsheetId: item.report.spreadsheetId,
      title: item.port?.title || item.report.label,
      generatedAt,
      runId,
      status: scored ? 'scored' : 'invalid',
      errors: issues.filter((i) => i.severity === 'error').length,
      warnings: issues.filter((i) => i.severity === 'warning').length,
      issues: issues.slice(0, MAX_ISSUES),
      ...(scored ? scoresOf(benchmark, own) : { corridors: [], dimensions: [], gaps: [] }),
      hub: {
        label: hubLabel,
        corridors: scored ? scoredCorridors - own.size : scoredCorridors,
        unreachable: items.filter((i) => i.report.status === 'unreachable').length,
      },
    };
  });
}

export function reviewResultsTab(reviews: readonly Review[], runId: string): WriteBack {
  const rows = reviews.map((r) => {
    const json = JSON.stringify(r);
    const parts: string[] = [];
    for (let at = 0; at < json.length; at += CHUNK) parts.push(json.slice(at, at + CHUNK));
    return [r.spreadsheetId, runId, r.generatedAt, ...parts];
  });
  return {
    tabs: [
      {
        name: REVIEW_RESULTS_TAB,
        frozenRows: 1,
        columnWidths: [260, 200, 180, 400],
        tabColour: '#7F7F7F',
      },
    ],
    patches: [
      {
        tab: REVIEW_RESULTS_TAB,
        range: 'A1',
        values: [
          ['spreadsheet', 'run', 'computed', 'review (JSON, generated: do not edit)'],
          ...rows,
        ],
        formats: [[0, 1, 2, 3].map(() => ({ bold: true }))],
      },
    ],
  };
}

/** The stored review of one spreadsheet, or undefined when the tab holds none (or a damaged one). */
export function readStoredReview(rows: unknown[][], spreadsheetId: string): Review | undefined {
  const row = rows.slice(1).find((r) => r[0] === spreadsheetId);
  if (!row) return undefined;
  try {
    const review = JSON.parse(
      row
        .slice(3)
        .map((c) => (typeof c === 'string' ? c : ''))
        .join(''),
    ) as Review;
    return review.spreadsheetId === spreadsheetId ? review : undefined;
  } catch {
    return undefined;
  }
}
