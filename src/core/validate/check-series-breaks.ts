/**
 * Breaks in a time series: in a series of at least 4 years, a yearly change
 * more than 5 times the median size of the series' yearly changes and larger
 * than 10 % of the indicator's plausible range is flagged when it looks like
 * a break rather than history: the source or its code changes at the jump,
 * or the value jumps and comes back (an isolated spike, 10 times the usual
 * change each way). Level shifts from
 * one source (a war, a crisis, a census) are real and left alone. Only the
 * largest such jump of each series.
 * @module
 */
import { type Issue, issue } from '../contract/issue.ts';
import { medianType7 as median } from '../stats/quantile-type7.ts';
import type { CatalogueEntry, Observation } from '../template/types.ts';
import type { ValueCell } from './check-consistency.ts';

export const MIN_SERIES_LENGTH = 4;
const JUMP_FACTOR = 5;
const SPIKE_FACTOR = 10;
const RANGE_SHARE = 0.1;
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 3 });

export function checkSeriesBreaks(
  obs: readonly Observation[],
  catalogue: Map<string, CatalogueEntry>,
  issues: Issue[],
  cellOf: ValueCell,
): void {
  const series = new Map<string, Observation[]>();
  for (const o of obs) {
    // a country's series is checked once, however many corridors repeat it
    const key = `${o.indicator}|${o.side}|${o.country ?? o.corridorId}`;
    const g = series.get(key);
    if (g) g.push(o);
    else series.set(key, [o]);
  }
  for (const s of series.values()) {
    if (s.length < MIN_SERIES_LENGTH) continue;
    const entry = catalogue.get(s[0]!.indicator);
    if (!entry) continue;
    // corridors sharing a country repeat its series: one value per year
    const byYear = new Map<number, Observation>();
    for (const o of s) if (!byYear.has(o.year)) byYear.set(o.year, o);
    if (byYear.size < MIN_SERIES_LENGTH) continue;
    const sorted = [...byYear.values()].sort((a, b) => a.year - b.year);
    const steps = sorted.slice(1).map((o, k) => {
      const prev = sorted[k]!;
      return { prev, o, perYear: (o.value - prev.value) / Math.max(1, o.year - prev.year) };
    });
    let worst: { step: (typeof steps)[number]; ratio: number; why: string } | undefined;
    const usual = median(steps.map((x) => Math.abs(x.perYear)));
    const big = (step: (typeof steps)[number] | undefined, factor: number) =>
      step !== undefined &&
      usual > 0 &&
      Math.abs(step.o.value - step.prev.value) > RANGE_SHARE * (entry.max - entry.min) &&
      Math.abs(step.perYear) / usual > factor;
    steps.forEach((step, k) => {
      if (!big(step, JUMP_FACTOR)) return;
      const next = steps[k + 1];
      // volatile flows (FDI) swing 5x their usual change and back; a spike must be twice that
      const spike =
        big(step, SPIKE_FACTOR) &&
        big(next, SPIKE_FACTOR) &&
        Math.sign(next!.perYear) !== Math.sign(step.perYear);
      const newSource =
        step.o.source !== step.prev.source ||
        (step.o.sourceCode ?? '') !== (step.prev.sourceCode ?? '');
      if (!spike && !newSource) return;
      const ratio = Math.abs(step.perYear) / usual;
      const why = newSource
        ? `, where the source changes from ${step.prev.source} to ${step.o.source}`
        : ` and back to ${fmt(next!.o.value)} in ${next!.o.year}`;
      if (!worst || ratio > worst.ratio) worst = { step, ratio, why };
    });
    if (!worst) continue;
    const { step, why } = worst;
    const who = step.o.country ?? step.o.corridorId;
    issues.push(
      issue(
        'series_break',
        cellOf(step.o),
        `${entry.id} (${step.o.side}) of ${who} expects a change near the series' usual ${fmt(usual)} a year, found a jump from ${fmt(step.prev.value)} in ${step.prev.year} to ${fmt(step.o.value)} in ${step.o.year}${why}; check for a change of source or definition`,
        'warning',
      ),
    );
  }
}
