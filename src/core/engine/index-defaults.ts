/**
 * What `corridor-monitor index` and POST /v1/index share: the spec used when
 * none is given, and the order of the results (best rank first).
 * @module
 */
import type { ResultsTable } from './types.ts';

/** The spec used without one: COINr's min-max [0, 100] then arithmetic mean at every level. */
export const DEFAULT_INDEX_SPEC = {
  normalise: { method: 'n_minmax', params: { l_u: [0, 100] } },
  aggregate: { method: 'a_amean' },
} as const;

/**
 * @param results - the results of a run
 * @returns row indexes by rank, best first; missing ranks last; ties in input order
 * @example rankedRows({ units: ['A', 'B'], rank: Float64Array.of(2, 1), ... }) // => [1, 0]
 */
export function rankedRows(results: Pick<ResultsTable, 'units' | 'rank'>): number[] {
  return [...results.units.keys()].sort((a, b) => {
    const ra = results.rank[a] ?? Number.NaN;
    const rb = results.rank[b] ?? Number.NaN;
    if (Number.isNaN(ra) || Number.isNaN(rb))
      return Number.isNaN(ra) ? (Number.isNaN(rb) ? a - b : 1) : -1;
    return ra - rb || a - b;
  });
}
