/**
 * Recalculates a hub: reads every listed corridor spreadsheet, validates
 * each, scores all valid corridors together, then writes each corridor's
 * scorecard into its own spreadsheet and the benchmark into the hub. A
 * spreadsheet that cannot be read is never written; one failure never stops
 * the others.
 * @module
 */
import type { WriteBack } from '../contract/patch.ts';
import type { RunReport } from '../contract/run-report.ts';
import { type Collected, collect, type Loaded } from './collect.ts';
import { corridorScorecard } from './corridor-scorecard.ts';
import { mergeSubmissions } from './merge-workbooks.ts';
import { mapPool } from './pool.ts';
import { runReportTab } from './run-report-tab.ts';
import type { RecalculateDeps } from './types.ts';
import { corridorValidationTab } from './validation-tab.ts';

const combine = (...parts: WriteBack[]): WriteBack => ({
  tabs: parts.flatMap((p) => p.tabs),
  patches: parts.flatMap((p) => p.patches),
});

/** Scores the valid corridors together; marks them invalid when the merge cannot be scored. */
export function scoreTogether(items: Loaded[], generatedAt: string, deps: RecalculateDeps) {
  const valid = items.filter((l) => l.workbook && l.report.status === 'written');
  if (valid.length === 0) return undefined;
  const options = {
    generatedAt,
    ...(deps.uncertaintyRuns !== undefined ? { uncertaintyRuns: deps.uncertaintyRuns } : {}),
  };
  const result = deps.assess(mergeSubmissions(valid.map((v) => v.workbook!)), options);
  if (!result.benchmark) {
    const first = result.issues.find((i) => i.severity === 'error');
    for (const v of valid) {
      v.report = {
        ...v.report,
        status: 'invalid',
        reason: `The corridors could not be scored together: ${first?.cell}: ${first?.message}`,
      };
      v.issues = [...v.issues, ...result.issues.filter((i) => i.severity === 'error').slice(0, 20)];
    }
  }
  return result;
}

export async function recalculate(hubId: string, deps: RecalculateDeps): Promise<RunReport> {
  const generatedAt = deps.clock.now().toISOString();
  const { hub, corridors }: Collected = await collect(hubId, deps);
  if (!hub.workbook)
    return { hubId, generatedAt, ok: false, corridorsScored: 0, spreadsheets: [hub.report] };
  const result = scoreTogether(corridors, generatedAt, deps);
  const benchmark = result?.benchmark ?? null;
  const hubLabel = hub.report.label;

  await mapPool(corridors, deps.concurrency ?? 4, async (item) => {
    if (
      !item.port ||
      !item.workbook ||
      (item.report.status !== 'written' && item.report.status !== 'invalid')
    )
      return;
    const scored = item.report.status === 'written' && benchmark;
    const writeBack = scored
      ? corridorScorecard(benchmark, item.report.corridors, hubLabel)
      : corridorValidationTab(item.issues, generatedAt, hubLabel);
    try {
      await item.port.write(writeBack);
    } catch (e) {
      const why = `Writing failed: ${deps.explain(e)}`;
      item.report = scored
        ? { ...item.report, status: 'write_failed', reason: why }
        : { ...item.report, reason: `${item.report.reason}. ${why}` };
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
  try {
    await hub.port.write(
      combine(
        result?.writeBack ?? { tabs: [], patches: [] },
        runReportTab(generatedAt, [hubReport, ...reports]),
      ),
    );
  } catch (e) {
    hubReport = {
      ...hubReport,
      status: 'write_failed',
      reason: `Writing failed: ${deps.explain(e)}`,
    };
  }
  const corridorsScored = benchmark?.corridors.length ?? 0;
  return {
    hubId,
    generatedAt,
    ok: hubReport.status === 'written',
    corridorsScored,
    spreadsheets: [hubReport, ...reports],
  };
}
