/**
 * Rank intervals and Sobol sensitivity from the engine's uncertainty analysis.
 * @module
 */
import type { Issue } from '../../contract/issue.ts';
import type { CoinInput } from '../../engine/types.ts';
import type { MethodSettings } from '../../template/types.ts';
import type { EngineLogLine, SensitivityRow } from '../types.ts';

export interface RankUncertainty {
  /** corridorId -> [5th, 95th] percentile rank. */
  rankIntervals: Map<string, [number | null, number | null]>;
  sensitivity: SensitivityRow[];
  issues: Issue[];
  log: EngineLogLine[];
}

// TEMPORARY until src/core/engine/uncertainty/run-uncertainty.ts lands
export function runRankUncertainty(_input: CoinInput, _method: MethodSettings): RankUncertainty {
  return { rankIntervals: new Map(), sensitivity: [], issues: [], log: [] };
}
