/**
 * Runs a pipeline spec over a CoinInput: each stage in COINr's order, each a
 * pure function returning a new data set and a log entry. Columnar
 * Float64Array throughout, so it is cheap enough to run thousands of times.
 * @module
 */
import type { EngineIssue, Failed } from '../contract/issue.ts';
import { rankScores } from './rank-scores.ts';
import type { PipelineSpec } from './spec.ts';
import type { StageContext, StageOutput, StageState } from './stage.ts';
import { STAGE_ORDER, STAGES } from './stage-registry.ts';
import { type CompiledTree, compileTree } from './tree/compile-tree.ts';
import type {
  CoinInput,
  LogEntry,
  PipelineResult,
  ResultsTable,
  StageName,
  TreatmentDetail,
} from './types.ts';

export type RunOutcome = { ok: true; result: PipelineResult } | Failed<EngineIssue>;

/**
 * @param input - iData and iMeta (e.g. from readCoinCsv)
 * @param spec - a validated spec (parsePipelineSpec); absent keys skip stages
 * @returns every stage's data set, the log, the results table (ranks: highest = 1, ties min) and treatment details; or the issues
 * @example runPipeline(input, { normalise: { method: 'n_minmax', params: { l_u: [0, 100] } }, aggregate: { method: 'a_amean' } })
 */
export function runPipeline(input: CoinInput, spec: PipelineSpec): RunOutcome {
  const compiled = compileTree(input.iMeta);
  if (!compiled.ok) {
    return {
      ok: false,
      issues: compiled.issues.map((p) => ({
        code: p.code,
        path: p.path,
        severity: p.severity,
        message: `iMeta row ${p.row + 1}, ${p.column}: ${p.message}`,
      })),
    };
  }
  const tree = compiled.tree;
  const ctx: StageContext = { input, tree };
  const columns: Record<string, Float64Array> = {};
  for (const code of tree.indicators) {
    const c = input.indicators[code];
    if (!c)
      return {
        ok: false,
        issues: [
          {
            code: 'unknown_icode',
            path: 'iData',
            severity: 'error',
            iCode: code,
            message: `indicator "${code}" has no data column`,
          },
        ],
      };
    columns[code] = c;
  }
  let state: StageState = {
    data: { units: input.units, columns },
    rows: Int32Array.from(input.units.keys()),
  };
  const datasets: Partial<Record<StageName, StageState['data']>> = { Raw: state.data };
  const log: LogEntry[] = [];
  let treatment: TreatmentDetail[] | undefined;
  const step = (out: StageOutput): EngineIssue[] | undefined => {
    if (!out.ok) return out.issues;
    state = out.state;
    datasets[out.log.stage] = state.data;
    log.push(out.log);
    if (out.treatment) treatment = out.treatment;
    return undefined;
  };
  for (const key of STAGE_ORDER) {
    if (spec[key] === undefined || spec[key] === false) continue;
    const problems = step(STAGES[key](state, spec, ctx));
    if (problems) return { ok: false, issues: problems };
  }
  const result: PipelineResult = { datasets, log, results: resultsTable(state, tree) };
  if (treatment) result.treatment = treatment;
  return { ok: true, result };
}

/** Aggregate columns top level first (iMeta order within a level), ranked on the index. */
function resultsTable(state: StageState, tree: CompiledTree): ResultsTable {
  const columns: Record<string, Float64Array> = {};
  for (const level of [...tree.levels].reverse()) {
    for (const node of tree.byLevel.get(level) ?? []) {
      const c = state.data.columns[node.iCode];
      if (c) columns[node.iCode] = c;
    }
  }
  const index = columns[tree.indexCode];
  return {
    units: state.data.units,
    indexCode: tree.indexCode,
    columns,
    rank: index ? rankScores(index) : new Float64Array(state.data.units.length).fill(Number.NaN),
  };
}
