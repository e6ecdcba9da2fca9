/**
 * Outliers against the other corridors: for each indicator x side, each
 * corridor's latest value is compared with the others by robust z-score
 * (0.6745 (x - median) / MAD, flagged beyond 3.5), or by IQR fences
 * (3 x IQR) when the MAD is 0. Needs at least 5 corridors (or countries, for country-level
 * indicators: a country shared by several corridors counts once).
 * @module
 */
import { type Issue, issue } from '../contract/issue.ts';
import { medianType7 as median, quantileType7 } from '../stats/quantile-type7.ts';
import type { Observation } from '../template/types.ts';
import type { ValueCell } from './check-consistency.ts';
import { mad } from './robust-stats.ts';

export const MIN_CORRIDORS_FOR_OUTLIERS = 5;
const Z_LIMIT = 3.5;
const IQR_FENCE = 3;
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 3 });

function latestPerCorridor(obs: readonly Observation[]): Map<string, Observation[]> {
  const latest = new Map<string, Observation>();
  for (const o of obs) {
    // a country's value counts once, however many corridors share the country
    const key = `${o.indicator}|${o.side}|${o.country ?? o.corridorId}`;
    const cur = latest.get(key);
    if (!cur || o.year > cur.year) latest.set(key, o);
  }
  const groups = new Map<string, Observation[]>();
  for (const o of latest.values()) {
    const key = `${o.indicator}|${o.side}`;
    const g = groups.get(key);
    if (g) g.push(o);
    else groups.set(key, [o]);
  }
  return groups;
}

export function checkOutliers(
  obs: readonly Observation[],
  issues: Issue[],
  cellOf: ValueCell,
): void {
  for (const group of latestPerCorridor(obs).values()) {
    if (group.length < MIN_CORRIDORS_FOR_OUTLIERS) continue;
    const values = group.map((o) => o.value);
    const med = median(values);
    const spread = mad(values);
    const sorted = [...values].sort((a, b) => a - b);
    const q1 = quantileType7(sorted, 0.25);
    const q3 = quantileType7(sorted, 0.75);
    const iqr = q3 - q1;
    for (const o of group) {
      let why: string | undefined;
      if (spread > 0) {
        const z = (0.6745 * (o.value - med)) / spread;
        if (Math.abs(z) > Z_LIMIT) why = `robust z ${z.toFixed(1)}`;
      } else if (iqr > 0 && (o.value < q1 - IQR_FENCE * iqr || o.value > q3 + IQR_FENCE * iqr)) {
        why = `outside ${fmt(q1 - IQR_FENCE * iqr)} to ${fmt(q3 + IQR_FENCE * iqr)}`;
      }
      if (!why) continue;
      issues.push(
        issue(
          'outlier',
          cellOf(o),
          `${o.indicator} (${o.side}) of ${o.country ?? o.corridorId} in ${o.year} expects a value near the other ${group.length - 1} ${o.country ? 'countries' : 'corridors'} (median ${fmt(med)}), found ${fmt(o.value)} (${why}); check the value and its unit`,
          'warning',
        ),
      );
    }
  }
}
