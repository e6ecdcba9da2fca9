/**
 * Panel mode: every corridor-year scored in one run with fixed goalposts (or
 * pooled normalisation), so a score means the same thing in every year.
 * @module
 */
import type { Issue } from '../../contract/issue.ts';
import type { Submission } from '../../template/types.ts';
import type { EngineLogLine, IndicatorMeta, YearScore } from '../types.ts';
import { appliesTo } from './applicable.ts';
import { buildCoinInput, DIMENSIONS, INDEX_CODE } from './coin-input.ts';
import { imputeColumns } from './impute.ts';
import { buildPanel } from './panel.ts';
import { orNull, rankDescending } from './rank.ts';
import { runScoring } from './run-engine.ts';
import type { Scored } from './score-submission.ts';

/**
 * Scores each year of each scored corridor; ranks are among the corridors
 * scored in the same year.
 */
export function scorePanel(
  submission: Submission,
  scored: Scored,
): { yearScores: YearScore[]; issues: Issue[]; log: EngineLogLine[] } {
  const keep = new Set(scored.mainUnits);
  const corridors = submission.corridors.filter((c) => keep.has(c.id));
  const meta: IndicatorMeta[] = scored.meta.filter((m) => m.scored);
  const panel = buildPanel(corridors, meta, scored.series, scored.method);
  if (panel.units.length === 0 || meta.length === 0) return { yearScores: [], issues: [], log: [] };
  const byId = new Map(corridors.map((c) => [c.id, c]));
  const byCode = new Map(meta.map((m) => [m.iCode, m]));
  const grid = imputeColumns(panel.columns, scored.method, (r, code) =>
    appliesTo(byCode.get(code)!, byId.get(panel.corridorOf[r]!)!),
  );
  const input = buildCoinInput(panel.units, grid.columns, meta, scored.method);
  const { run, issues } = runScoring(input, scored.method, 'panel');
  if (!run) return { yearScores: [], issues, log: [] };
  const index = run.aggregates[INDEX_CODE] ?? new Float64Array(panel.units.length).fill(Number.NaN);
  const rankOf = new Map<number, number | null>();
  for (const year of new Set(panel.yearOf)) {
    const rows = panel.yearOf.flatMap((y, i) => (y === year ? [i] : []));
    const ranks = rankDescending(rows.map((i) => index[i]!));
    rows.forEach((row, k) => {
      rankOf.set(row, ranks[k] ?? null);
    });
  }
  const dims = DIMENSIONS.filter((d) => meta.some((m) => m.dimension === d));
  const yearScores = panel.units.map((_, i) => ({
    corridorId: panel.corridorOf[i]!,
    year: panel.yearOf[i]!,
    overall: orNull(index[i]),
    rank: rankOf.get(i) ?? null,
    dimensions: Object.fromEntries(dims.map((d) => [d, orNull(run.aggregates[d]?.[i])])),
  }));
  return { yearScores, issues, log: run.log };
}
