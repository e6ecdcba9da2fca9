/**
 * Builds a partner's review: reads their spreadsheet (and, read-only, the
 * hub's corridors), validates it, and scores it among the hub's corridors.
 * Nothing is written to any spreadsheet.
 * @module
 */

import type { Review, ReviewOutcome } from '../contract/review.ts';
import { reconcileCatalogues } from '../recalculate/catalogue-union.ts';
import {
  baseReport,
  claimCorridors,
  type Loaded,
  loadListed,
  loadOne,
  readHub,
} from '../recalculate/collect.ts';
import { scoreTogether } from '../recalculate/recalculate.ts';
import { MAX_ISSUES, scoresOf, sortIssues } from '../recalculate/review-scores.ts';
import type { RecalculateDeps } from '../recalculate/types.ts';

export async function buildReview(
  spreadsheetId: string,
  hubId: string,
  deps: RecalculateDeps,
): Promise<ReviewOutcome> {
  const generatedAt = deps.clock.now().toISOString();
  if (spreadsheetId === hubId) return NOT_LISTED;
  const { hub, entries } = await readHub(hubId, deps);
  if (!hub.workbook)
    return {
      ok: false,
      failure: 'hub_unreachable',
      reason: 'The hub this review compares with could not be read; ask its coordinator.',
    };
  // least privilege: only a sheet the hub lists, so no one reviews the hub or another team's sheet
  if (!entries.some((e) => e.spreadsheetId === spreadsheetId)) return NOT_LISTED;
  const peersListed = entries.filter((e) => e.spreadsheetId !== spreadsheetId);
  const [partner, listed] = await Promise.all([
    loadOne(
      deps.open(spreadsheetId),
      baseReport(spreadsheetId, spreadsheetId, 'corridor'),
      hub.workbook,
      deps,
    ),
    loadListed(hubId, peersListed, hub.workbook, deps),
  ]);
  if (!partner.workbook)
    return {
      ok: false,
      failure: partner.report.failure ?? 'unavailable',
      reason: partner.report.reason ?? 'unreadable',
    };
  // the partner's own version of a corridor replaces the hub's copy
  const own = new Set(partner.report.corridors);
  const peers = listed.filter((c) => !c.report.corridors.some((id) => own.has(id)));
  const items: Loaded[] = [partner, ...peers.filter((p) => p.report.status === 'written')];
  claimCorridors(items);
  // the partner last: where it disagrees with the hub's sheets, the partner is the one told
  reconcileCatalogues([...items.slice(1), partner], hub.workbook);
  const result =
    partner.report.status === 'written'
      ? scoreTogether(items, generatedAt, deps, hub.workbook)
      : undefined;
  const benchmark = partner.report.status === 'written' ? (result?.benchmark ?? null) : null;
  const issues = sortIssues(partner.issues);
  const review: Review = {
    spreadsheetId,
    title: partner.port?.title || spreadsheetId,
    generatedAt,
    status: benchmark ? 'scored' : 'invalid',
    errors: issues.filter((i) => i.severity === 'error').length,
    warnings: issues.filter((i) => i.severity === 'warning').length,
    issues: issues.slice(0, MAX_ISSUES),
    ...(benchmark ? scoresOf(benchmark, own) : { corridors: [], dimensions: [], gaps: [] }),
    hub: {
      // the title only: the report's label falls back to the ID, which the page must not show
      label: hub.port.title || 'your hub',
      corridors: peers.reduce(
        (n, p) => n + (p.report.status === 'written' ? p.report.corridors.length : 0),
        0,
      ),
      unreachable: peers.filter((p) => p.report.status === 'unreachable').length,
    },
  };
  return { ok: true, review };
}

const NOT_LISTED: ReviewOutcome = {
  ok: false,
  failure: 'not_listed',
  reason: "The spreadsheet is not one of the corridor spreadsheets listed in your hub's Hub tab.",
};
