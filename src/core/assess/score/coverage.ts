/**
 * Data availability, the one coverage figure: what share of the framework's
 * scored indicators a corridor has a usable value for. It depends only on the
 * corridor's own data, so it decides ranking eligibility.
 * @module
 */
import type { Corridor, MethodSettings } from '../../template/types.ts';
import type { IndicatorMeta } from '../types.ts';
import { appliesTo } from './applicable.ts';
import { usable } from './cross-section.ts';
import type { Picked } from './pick-values.ts';

/**
 * Share (0-1) of the scored columns the corridor is expected to report with a
 * usable value (no older than the maximum age from the column's reference
 * year). Expected: every core column (global open data) and every column of
 * the team's own catalogue rows on a side the
 * catalogue declares (transit sides only with a transit country), plus any
 * other scored column the corridor reported, policy answers included; never
 * columns only other corridors reported, so adding a corridor leaves this unchanged.
 * @param corridor - the corridor
 * @param scored - the framework's scored columns (whether or not any corridor has data)
 * @param picks - the corridor's picked values by iCode
 * @param method - maximum age and imputation
 * @returns coverage 0-1 (0 when nothing is expected)
 * @example corridorCoverage(corridor, scored, picks, method) // => 0.62
 */
export function corridorCoverage(
  corridor: Corridor,
  scored: readonly IndicatorMeta[],
  picks: ReadonlyMap<string, Picked> | undefined,
  method: MethodSettings,
): number {
  const expected = scored.filter(
    (m) => appliesTo(m, corridor) && (m.expected === true || picks?.has(m.iCode) === true),
  );
  if (expected.length === 0) return 0;
  const have = expected.filter((m) => usable(picks?.get(m.iCode), method)).length;
  return have / expected.length;
}
