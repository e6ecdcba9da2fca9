/**
 * Scores a submission and assembles the Benchmark the tabs and exports read.
 * @module
 */
import type { Issue } from '../../contract/issue.ts';
import type { MethodSettings, Submission } from '../../template/types.ts';
import type { Benchmark } from '../types.ts';
import { buildAudit } from './audit.ts';
import { DIMENSIONS } from './coin-input.ts';
import { usable } from './cross-section.ts';
import { dimensionDrivers } from './drivers.ts';
import { buildGaps } from './gaps.ts';
import { buildIndicatorScores } from './indicator-scores.ts';
import { scorePanel } from './score-panel.ts';
import { scoreSubmission } from './score-submission.ts';
import { listSources } from './sources.ts';
import { buildTrends } from './trends.ts';

function methodRecord(
  method: MethodSettings,
  submission: Submission,
  counts: Record<string, number>,
): Record<string, string | number> {
  const ends = [...new Set(submission.corridors.map((c) => c.periodEnd))].sort((a, b) => a - b);
  const record: Record<string, string | number> = {
    normalisation: method.normalisation,
    aggregation: method.aggregation,
    imputation: method.imputation,
    time_mode: method.timeMode,
    max_age_years: method.maxAgeYears,
    min_data_share: method.minDataShare,
    uncertainty_runs: method.uncertaintyRuns,
    seed: method.seed,
    reference_year: `one per indicator: the latest year at least half of the corridors reporting it have reached, up to each corridor's period end (${ends[ends.length - 1] ?? '-'} at most); see the Indicators table`,
  };
  for (const d of DIMENSIONS) record[`weight_${d}`] = method.dimensionWeights[d] ?? 1;
  return { ...record, ...counts };
}

/**
 * Scores the submission and returns the benchmark with the scoring issues
 * (engine problems, corridors below the minimum data share).
 */
export function buildBenchmark(
  submission: Submission,
  options: { generatedAt: string; uncertaintyRuns?: number; seed?: number },
): { benchmark: Benchmark; issues: Issue[] } {
  const scored = scoreSubmission(submission, options);
  const issues = [...scored.issues];
  const log = [...scored.log];
  let yearScores: Benchmark['yearScores'] = [];
  if (scored.method.timeMode === 'panel') {
    const panel = scorePanel(submission, scored);
    yearScores = panel.yearScores;
    issues.push(...panel.issues);
    log.push(...panel.log);
  }
  const meta = scored.meta;
  const counts = {
    indicators_scored: meta.filter((m) => m.scored).length,
    indicators_descriptive: meta.filter((m) => m.direction === 0).length,
    indicators_not_scored_other: meta.filter((m) => !m.scored && m.direction !== 0).length,
    corridors_scored: scored.mainUnits.length,
  };
  const benchmark: Benchmark = {
    generatedAt: options.generatedAt,
    corridors: scored.corridors,
    indicators: buildIndicatorScores(submission.corridors, meta, scored.picks, scored.main, (p) =>
      usable(p, scored.method),
    ),
    sensitivity: scored.sensitivity,
    gaps: buildGaps(submission.corridors, meta, scored.picks, scored.framework),
    method: methodRecord(scored.method, submission, counts),
    meta,
    trends: buildTrends(submission.corridors, meta, scored.series),
    yearScores,
    sources: listSources(scored.series),
    log,
    drivers: dimensionDrivers(scored.corridors, scored.method.dimensionWeights),
    ...(scored.main ? { audit: buildAudit(scored.main, meta) } : {}),
    referenceYears: Object.fromEntries(scored.years),
    availability: submission.availability.map((a) => ({
      corridorId: a.corridorId,
      item: a.item,
      side: a.side,
      country: a.country ?? null,
      status: a.status,
      latestYear: a.latestYear ?? null,
      source: a.source ?? null,
    })),
  };
  return { benchmark, issues };
}
