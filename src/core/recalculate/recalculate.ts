/**
 * Recalculates a hub: reads every listed corridor spreadsheet, validates
 * each, scores all valid corridors together, then writes each corridor's
 * scorecard into its own spreadsheet and the benchmark into the hub. A
 * spreadsheet that cannot be read is never written; one failure never stops
 * the others.
 * @module
 */

import { a1, parseCell, quoteTab } from '../contract/a1.ts';
import type { WriteBack } from '../contract/patch.ts';
import type { RunReport, SpreadsheetReport } from '../contract/run-report.ts';
import type { Workbook } from '../contract/workbook.ts';
import { COLUMNS } from '../template/layout.ts';
import { baseReport, type Collected, collect, type Loaded } from './collect.ts';
import { corridorScorecard, staleScorecard } from './corridor-scorecard.ts';
import { mergeWithOrigins, type RowOrigin } from './merge-workbooks.ts';
import { mapPool } from './pool.ts';
import { runReportTab } from './run-report-tab.ts';
import { reviewResultsTab, reviewsOfRun } from './stored-review.ts';
import type { HubLease, RecalculateDeps } from './types.ts';
import { corridorValidationTab } from './validation-tab.ts';

const combine = (...parts: WriteBack[]): WriteBack => ({
  tabs: parts.flatMap((p) => p.tabs),
  patches: parts.flatMap((p) => p.patches),
});

/**
 * Scores the valid corridors together on the union of their catalogues (and
 * the hub's). When the merge cannot be scored they are marked invalid, each
 * with the issues found in its own rows, at its own cells.
 */
export function scoreTogether(
  items: Loaded[],
  generatedAt: string,
  deps: RecalculateDeps,
  hub?: Workbook,
) {
  const valid = items.filter((l) => l.workbook && l.report.status === 'written');
  if (valid.length === 0) return undefined;
  const options = {
    generatedAt,
    ...(deps.uncertaintyRuns !== undefined ? { uncertaintyRuns: deps.uncertaintyRuns } : {}),
  };
  const merged = mergeWithOrigins(
    valid.map((v) => v.workbook!),
    hub,
  );
  const result = deps.assess(merged.workbook, options);
  if (!result.benchmark) {
    const errors = result.issues.filter((i) => i.severity === 'error');
    valid.forEach((v, part) => {
      const own = errors.flatMap((e) => {
        const at = ownCell(e.cell, merged.origins);
        if (at === null) return [{ ...e, cell: e.cell.split('!')[0] ?? e.cell }]; // a shared tab: no cell of its own
        return at.part === part ? [{ ...e, cell: at.cell }] : [];
      });
      const first = own[0] ?? errors[0];
      v.report = {
        ...v.report,
        status: 'invalid',
        reason: `The corridors could not be scored together: ${first?.cell}: ${first?.message}`,
      };
      v.issues = [...v.issues, ...own.slice(0, 20)];
    });
  }
  return result;
}

/** A merged workbook's cell as the cell of the sheet it came from; null for a tab not merged by row. */
export function ownCell(
  cell: string,
  origins: Record<string, RowOrigin[]>,
): { part: number; cell: string } | null {
  const bang = cell.lastIndexOf('!');
  const tab = bang < 0 ? cell : cell.slice(0, bang).replace(/^'(.*)'$/, '$1');
  const rows = origins[tab];
  if (!rows) return null;
  const ref = bang < 0 ? undefined : parseCell(cell.slice(bang + 1));
  const origin = ref ? rows[ref.row - 2] : undefined;
  if (!ref || !origin) return null;
  const name = (COLUMNS as Record<string, readonly string[]>)[tab]?.[ref.column - 1];
  const column = name ? origin.header.indexOf(name) + 1 : 0;
  return {
    part: origin.part,
    cell: column > 0 ? a1(tab, origin.row, column) : `${quoteTab(tab)}!A${origin.row}`,
  };
}

/**
 * @param runId carried by every tab this run writes (the gateway makes a fresh one per run).
 * With a lease: taken before reading (a conflict reads and writes nothing), re-checked before
 * the first write (lost = nothing written), released at the end.
 */
export async function recalculate(
  hubId: string,
  deps: RecalculateDeps,
  runId = `run-${deps.clock.now().toISOString()}`,
): Promise<RunReport> {
  const generatedAt = deps.clock.now().toISOString();
  const lease = deps.lease?.(hubId, runId);
  if (lease) {
    let taken: Awaited<ReturnType<typeof lease.acquire>>;
    try {
      taken = await lease.acquire();
    } catch (e) {
      // the hub could not even be read for its lease: nothing else is touched
      const hub = {
        ...baseReport(hubId, hubId, 'hub'),
        status: 'unreachable' as const,
        reason: deps.explain(e),
        failure: deps.classify?.(e) ?? 'unavailable',
      };
      return { hubId, runId, generatedAt, ok: false, corridorsScored: 0, spreadsheets: [hub] };
    }
    if (!taken.ok)
      return {
        hubId,
        runId,
        generatedAt,
        ok: false,
        corridorsScored: 0,
        spreadsheets: [],
        conflict: { holder: taken.holder, until: taken.until },
      };
  }
  try {
    return await run(hubId, deps, runId, generatedAt, lease);
  } finally {
    await lease?.release();
  }
}

async function run(
  hubId: string,
  deps: RecalculateDeps,
  runId: string,
  generatedAt: string,
  lease: HubLease | undefined,
): Promise<RunReport> {
  const { hub, corridors }: Collected = await collect(hubId, deps);
  const report = (ok: boolean, spreadsheets: SpreadsheetReport[], scored = 0): RunReport => ({
    hubId,
    runId,
    generatedAt,
    ok,
    corridorsScored: scored,
    spreadsheets,
  });
  if (!hub.workbook) return report(false, [hub.report]);
  const result = scoreTogether(corridors, generatedAt, deps, hub.workbook);
  const benchmark = result?.benchmark ?? null;
  const hubLabel = hub.report.label;

  // another instance may have taken the hub over while this one read and scored
  if (lease && !(await lease.confirm())) {
    const lost =
      'Another recalculation took the hub over before this run wrote; nothing was written.';
    return {
      ...report(
        false,
        [hub.report, ...corridors.map((l) => l.report)].map((r) => ({
          ...r,
          status: 'skipped' as const,
          reason: lost,
        })),
      ),
      conflict: { holder: 'another run', until: generatedAt },
    };
  }

  await mapPool(corridors, deps.concurrency ?? 4, async (item) => {
    if (
      !item.port ||
      !item.workbook ||
      (item.report.status !== 'written' && item.report.status !== 'invalid')
    )
      return;
    const scored = item.report.status === 'written' && benchmark;
    // one atomic batchUpdate per sheet: it shows this run wholly, or its previous run wholly
    const writeBack = scored
      ? corridorScorecard(benchmark, item.report.corridors, hubLabel, runId)
      : combine(
          corridorValidationTab(item.issues, generatedAt, hubLabel, runId),
          staleScorecard(runId, generatedAt, hubLabel),
        );
    try {
      await item.port.write(writeBack);
    } catch (e) {
      const why = `Writing failed: ${deps.explain(e)}`;
      item.report = scored
        ? { ...item.report, status: 'write_failed', reason: why }
        : { ...item.report, status: 'write_failed', reason: `${item.report.reason}. ${why}` };
    }
  });

  let hubReport = hub.report;
  if (!benchmark && hubReport.status === 'written') {
    hubReport = {
      ...hubReport,
      status: 'invalid',
      reason: result
        ? 'The corridors could not be scored together; see Validation.'
        : 'No corridor spreadsheet was both readable and valid; nothing was scored.',
    };
  }
  const reports = corridors.map((l) => l.report);
  const reviews = reviewsOfRun(
    corridors,
    benchmark,
    hub.port.title || 'your hub',
    runId,
    generatedAt,
  );
  try {
    await hub.port.write(
      combine(
        result?.writeBack ?? { tabs: [], patches: [] },
        runReportTab(generatedAt, [hubReport, ...reports], runId),
        reviewResultsTab(reviews, runId),
      ),
    );
  } catch (e) {
    hubReport = {
      ...hubReport,
      status: 'write_failed',
      reason: `Writing failed: ${deps.explain(e)}`,
    };
  }
  return report(
    hubReport.status === 'written',
    [hubReport, ...reports],
    benchmark?.corridors.length ?? 0,
  );
}
