/**
 * Unit slips rather than outliers: a share typed as a fraction (0.2599 for
 * 25.99 %) or a value off by a factor of 100 or 1,000. True extreme values
 * (Qatar's 77 % migrant share, Syria's refugee outflow) are left alone: the
 * plausible ranges, taken from all countries in the open data, judge those.
 * A value is compared with its neighbours in its own series (the years just
 * before and after, or the two before the latest year; the first year is
 * history and left alone): a slip when the same
 * factor brings it near each of them. A value without a series is compared
 * with the median of the other corridors (at least 5), for shares (a unit
 * with %) only.
 * @module
 */
import { type Issue, issue } from '../contract/issue.ts';
import { medianType7 as median } from '../stats/quantile-type7.ts';
import type { Observation } from '../template/types.ts';
import type { ValueCell } from './check-consistency.ts';
import { indexSeries, type SeriesIndex } from './series-index.ts';

export const MIN_CORRIDORS_FOR_OUTLIERS = 5;
/** The factors a unit slip multiplies by. */
const SLIPS = [100, 1000] as const;
/** A slip when the value is this far from the reference and the corrected value this close. */
const FAR = 30;
const NEAR = 1.5;
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 4 });

/**
 * The factor (1/100, 100, ...) that brings a positive value near a positive
 * reference when the value itself is far from it, else null.
 * @example slipFactor(0.2599, 25.4) // => 100
 */
export function slipFactor(value: number, reference: number): number | null {
  if (!(value > 0) || !(reference > 0)) return null;
  const ratio = reference / value;
  if (ratio < FAR && ratio > 1 / FAR) return null;
  for (const f of SLIPS) {
    for (const k of [f, 1 / f]) {
      const fixed = value * k;
      if (fixed / reference < NEAR && reference / fixed < NEAR) return k;
    }
  }
  return null;
}

function message(o: Observation, k: number, reference: number, against: string): string {
  const fixed = o.value * k;
  const share = k === 100 && o.unit.includes('%') ? ' (a share typed as a fraction?)' : '';
  return `${o.indicator} (${o.side}) of ${o.country ?? o.corridorId} in ${o.year} expects a value near ${against} (${fmt(reference)}), found ${fmt(o.value)}: ${fmt(fixed)} would fit${share}; check the unit`;
}

/**
 * Flags values that look like unit slips.
 * @param obs - the observations read
 * @param issues - where warnings go
 * @param cellOf - the cell of an observation's value
 */
export function checkOutliers(
  obs: readonly Observation[],
  issues: Issue[],
  cellOf: ValueCell,
  index: SeriesIndex = indexSeries(obs),
): void {
  // each series' latest observation, grouped by indicator and side, with its series' length
  const latest = new Map<string, { last: Observation; length: number }[]>();
  for (const { years } of index.series) {
    const last = years[years.length - 1]!;
    const key = `${last.indicator}|${last.side}`;
    const group = latest.get(key);
    if (group) group.push({ last, length: years.length });
    else latest.set(key, [{ last, length: years.length }]);
  }
  for (const { years: sorted } of index.series) {
    if (sorted.length < 3) continue;
    // the years around each; at the latest end (where new values are typed) the two before it;
    // the first year is history, left alone (a war can move a share a hundredfold)
    for (let i = 1; i < sorted.length; i++) {
      const o = sorted[i]!;
      const a = sorted[i - 1]!;
      const b = i === sorted.length - 1 ? sorted[i - 2] : sorted[i + 1];
      // a slip needs a factor from every neighbour, and the same one (most values have none)
      const k = slipFactor(o.value, a.value);
      if (k == null || (b !== undefined && slipFactor(o.value, b.value) !== k)) continue;
      const near = b === undefined ? [a] : [a, b];
      const ref = median(near.map((n) => n.value));
      const against = `${near.map((n) => n.year).join(' and ')}`;
      issues.push(issue('outlier', cellOf(o), message(o, k, ref, against), 'warning'));
    }
  }
  for (const entries of latest.values()) {
    const group = entries.map((e) => e.last);
    // counts span orders of magnitude between corridors: only shares are compared across them
    if (group.length < MIN_CORRIDORS_FOR_OUTLIERS || !group[0]!.unit.includes('%')) continue;
    for (let j = 0; j < group.length; j++) {
      const o = group[j]!;
      if (entries[j]!.length >= 3) continue;
      const others = group.filter((x) => x !== o).map((x) => x.value);
      let lo = Number.POSITIVE_INFINITY;
      let hi = Number.NEGATIVE_INFINITY;
      for (const v of others) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
      // a fraction: below 1, a tenth of the smallest other share, and x100 among the others
      if (
        !(
          o.value > 0 &&
          o.value < 1 &&
          o.value < lo / 10 &&
          o.value * 100 >= lo &&
          o.value * 100 <= hi
        )
      )
        continue;
      const against = `the other ${group.length - 1} ${o.country ? 'countries' : 'corridors'}' median`;
      issues.push(issue('outlier', cellOf(o), message(o, 100, median(others), against), 'warning'));
    }
  }
}
