/**
 * Scores a validated submission with the engine: corridors, dimensions,
 * perspectives, indicator scores, rank intervals and, in panel mode, years.
 * @module
 */

import { a1 } from '../../contract/a1.ts';
import { type Issue, issue } from '../../contract/issue.ts';
import { INPUT_TABS } from '../../template/layout.ts';
import type { MethodSettings, Submission } from '../../template/types.ts';
import type { CorridorScore, EngineLogLine, IndicatorMeta, SensitivityRow } from '../types.ts';
import { appliesTo } from './applicable.ts';
import { buildCoinInput, DIMENSIONS, INDEX_CODE } from './coin-input.ts';
import { corridorCoverage } from './coverage.ts';
import { withCoverage } from './coverage-series.ts';
import { buildCrossSection } from './cross-section.ts';
import { argsText, type EngineRun } from './engine-result.ts';
import { imputeColumns } from './impute.ts';
import { indicatorMeta } from './indicator-meta.ts';
import { orNull } from './rank.ts';
import { runRankUncertainty } from './rank-uncertainty.ts';
import { runScoring } from './run-engine.ts';
import { selectScoredColumns, subsetRows } from './select-columns.ts';
import { buildSeries, type SeriesIndex } from './series.ts';

/** The perspectives: whose view of the corridor (each scored column counts for its audience). */
export const PERSPECTIVE_SIDES = ['origin', 'transit', 'destination', 'migrants'] as const;

/** Everything the benchmark is assembled from. */
export interface Scored {
  method: MethodSettings;
  meta: IndicatorMeta[];
  series: SeriesIndex;
  corridors: CorridorScore[];
  /** The main run over the corridors that passed the minimum data share. */
  main: EngineRun | null;
  mainUnits: string[];
  picks: ReturnType<typeof buildCrossSection>['picks'];
  /** iCode -> the reference year its values are compared at. */
  years: Map<string, number>;
  /** The framework's scored columns, whether or not any corridor has data (coverage counts these). */
  framework: IndicatorMeta[];
  sensitivity: SensitivityRow[];
  log: EngineLogLine[];
  issues: Issue[];
}

const at = (run: EngineRun | null, code: string, unit: string): number | null => {
  if (!run) return null;
  const u = run.units.indexOf(unit);
  return u < 0 ? null : orNull(run.aggregates[code]?.[u]);
};

/** Why a corridor with this coverage is not ranked, or null when it is. */
export function unrankedReason(coverage: number, method: MethodSettings): string | null {
  if (coverage === 0) return 'no usable value for any scored indicator';
  if (coverage < method.minDataShare)
    return `data for ${Math.round(coverage * 100)}% of the scored indicators, below the Method's min_data_share of ${Math.round(method.minDataShare * 100)}%`;
  return null;
}

/**
 * Scores the submission. A corridor is ranked when its own coverage reaches
 * the Method's min_data_share (adding a corridor never changes another's
 * eligibility); dimension and overall scores average whatever scored values
 * a ranked corridor has, and the coverage is reported beside them.
 */
export function scoreSubmission(
  submission: Submission,
  overrides: { uncertaintyRuns?: number; seed?: number },
): Scored {
  const method: MethodSettings = {
    ...submission.method,
    uncertaintyRuns: overrides.uncertaintyRuns ?? submission.method.uncertaintyRuns,
    seed: overrides.seed ?? submission.method.seed,
  };
  const rawMeta = indicatorMeta(submission);
  const series0 = buildSeries(submission);
  const cross = buildCrossSection(submission.corridors, rawMeta, series0, method);
  // the framework's scored columns, whether or not any corridor has data: coverage and
  // eligibility depend only on each corridor's own values
  const framework = rawMeta.filter((m) => m.scored);
  const coverage = submission.corridors.map((c) =>
    corridorCoverage(c, framework, cross.picks.get(c.id), method),
  );
  const series = withCoverage(series0, cross.picks, submission.corridors, rawMeta, coverage);
  const meta = selectScoredColumns(rawMeta, cross.columns, method);
  const scored = meta.filter((m) => m.scored);
  const issues: Issue[] = [];
  const log: EngineLogLine[] = [];

  const unranked = submission.corridors.map((_, i) => unrankedReason(coverage[i]!, method));
  const kept: number[] = [];
  submission.corridors.forEach((c, i) => {
    if (unranked[i] === null) {
      kept.push(i);
      return;
    }
    issues.push(
      issue(
        'insufficient_data',
        a1(INPUT_TABS.corridors, c.row, 1),
        `Corridor ${c.id} is not ranked: ${unranked[i]}.`,
        'warning',
      ),
    );
  });
  const mainUnits = kept.map((i) => submission.corridors[i]!.id);
  const byCode = new Map(scored.map((m) => [m.iCode, m]));
  const grid = imputeColumns(subsetRows(cross.columns, kept, byCode.keys()), method, (r, code) =>
    appliesTo(byCode.get(code)!, submission.corridors[kept[r]!]!),
  );
  if (Object.keys(grid.filled).length > 0) {
    log.push({
      run: 'all',
      stage: 'Imputed',
      args: argsText({ imputation: method.imputation }),
      notes: Object.entries(grid.filled).map(([c, n]) => `${c}: ${n} value(s) filled`),
    });
  }
  const inputFor = (metaSubset: IndicatorMeta[], positive = false) =>
    buildCoinInput(
      mainUnits,
      subsetRows(
        grid.columns,
        mainUnits.map((_, i) => i),
        metaSubset.map((m) => m.iCode),
      ),
      metaSubset,
      // the uncertainty analysis tries a geometric mean: 1-100 goalposts
      positive ? { ...method, aggregation: 'gmean' } : method,
    );
  const run = (metaSubset: IndicatorMeta[], label: string): EngineRun | null => {
    if (mainUnits.length === 0 || metaSubset.length === 0) return null;
    const input = inputFor(metaSubset);
    const outcome = runScoring(input, method, label);
    issues.push(...outcome.issues);
    if (outcome.run) log.push(...outcome.run.log);
    return outcome.run;
  };
  const main = run(scored, 'main');
  const perspectiveRuns = PERSPECTIVE_SIDES.map((side) =>
    run(
      scored.filter((m) => (m.audience ?? [m.side]).includes(side)),
      `perspective:${side}`,
    ),
  );

  let rankQ: Map<string, [number | null, number | null]> = new Map();
  let sensitivity: SensitivityRow[] = [];
  if (main && method.uncertaintyRuns > 0 && mainUnits.length >= 2) {
    const ua = runRankUncertainty(inputFor(scored, true), method);
    issues.push(...ua.issues);
    log.push(...ua.log);
    rankQ = ua.rankIntervals;
    sensitivity = ua.sensitivity;
  }

  const dims = DIMENSIONS.filter((d) => scored.some((m) => m.dimension === d));
  const mainRank = main ? main.aggregates[INDEX_CODE] : undefined;
  const corridors: CorridorScore[] = submission.corridors.map((c, i) => {
    const overall = at(main, INDEX_CODE, c.id);
    const u = mainUnits.indexOf(c.id);
    let rank: number | null = null;
    if (overall !== null && mainRank) {
      rank = 1;
      for (const s of mainRank) if (Number.isFinite(s) && s > overall) rank++;
    }
    const q = rankQ.get(c.id);
    return {
      corridorId: c.id,
      origin: c.origin,
      ...(c.transit !== undefined ? { transit: c.transit } : {}),
      destination: c.destination,
      overall,
      rank: u < 0 ? null : rank,
      rankQ5: q?.[0] ?? null,
      rankQ95: q?.[1] ?? null,
      dimensions: Object.fromEntries(dims.map((d) => [d, at(main, d, c.id)])),
      perspectives: Object.fromEntries(
        PERSPECTIVE_SIDES.map((side, k) => [
          side,
          at(perspectiveRuns[k] ?? null, INDEX_CODE, c.id),
        ]),
      ),
      coverage: coverage[i]!,
      unranked: unranked[i]!,
      referenceYear: c.periodEnd,
    };
  });
  return {
    method,
    meta,
    series,
    corridors,
    main,
    mainUnits,
    picks: cross.picks,
    years: cross.years,
    framework,
    sensitivity,
    log,
    issues,
  };
}
