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
import { quantileType7 } from '../stats/quantile-type7.ts';
import type { CatalogueEntry, Observation } from '../template/types.ts';
import type { ValueCell } from './check-consistency.ts';
import { indexSeries, type SeriesIndex } from './series-index.ts';

export const MIN_SERIES_LENGTH = 4;
const JUMP_FACTOR = 5;
const SPIKE_FACTOR = 10;
const RANGE_SHARE = 0.1;
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 3 });

/** Step k (of `steps`) jumps by more than `minJump` and `factor` times the usual change a year (a module function: a closure per series would be named per series under keep-names builds such as tsx). */
function isBig(
  ys: readonly Observation[],
  perYear: Float64Array,
  steps: number,
  usual: number,
  minJump: number,
  k: number,
  factor: number,
): boolean {
  return (
    k < steps &&
    usual > 0 &&
    Math.abs(ys[k + 1]!.value - ys[k]!.value) > minJump &&
    Math.abs(perYear[k]!) / usual > factor
  );
}

/**
 * Flags the largest break of each series.
 * @param index - the series of `obs`, when the caller has them already
 */
export function checkSeriesBreaks(
  obs: readonly Observation[],
  catalogue: Map<string, CatalogueEntry>,
  issues: Issue[],
  cellOf: ValueCell,
  index: SeriesIndex = indexSeries(obs),
): void {
  // yearly changes of one series at a time, in reused buffers (no per-step objects)
  let perYear = new Float64Array(64);
  let sizes = new Float64Array(64);
  for (const s of index.series) {
    const ys = s.years;
    const n = ys.length;
    if (n < MIN_SERIES_LENGTH) continue;
    const entry = catalogue.get(ys[0]!.indicator);
    if (!entry) continue;
    if (perYear.length < n) {
      perYear = new Float64Array(2 * n);
      sizes = new Float64Array(2 * n);
    }
    const steps = n - 1;
    for (let k = 0; k < steps; k++) {
      const prev = ys[k]!;
      const o = ys[k + 1]!;
      perYear[k] = (o.value - prev.value) / Math.max(1, o.year - prev.year);
      sizes[k] = Math.abs(perYear[k]!);
    }
    const usual = quantileType7(sizes.subarray(0, steps).sort(), 0.5);
    const minJump = RANGE_SHARE * (entry.max - entry.min);
    let worst = -1;
    let worstRatio = 0;
    for (let k = 0; k < steps; k++) {
      if (!isBig(ys, perYear, steps, usual, minJump, k, JUMP_FACTOR)) continue;
      // volatile flows (FDI) swing 5x their usual change and back; a spike must be twice that
      const spike =
        isBig(ys, perYear, steps, usual, minJump, k, SPIKE_FACTOR) &&
        isBig(ys, perYear, steps, usual, minJump, k + 1, SPIKE_FACTOR) &&
        Math.sign(perYear[k + 1]!) !== Math.sign(perYear[k]!);
      const prev = ys[k]!;
      const o = ys[k + 1]!;
      const newSource =
        o.source !== prev.source || (o.sourceCode ?? '') !== (prev.sourceCode ?? '');
      if (!spike && !newSource) continue;
      const ratio = Math.abs(perYear[k]!) / usual;
      if (worst < 0 || ratio > worstRatio) {
        worst = k;
        worstRatio = ratio;
      }
    }
    if (worst < 0) continue;
    const prev = ys[worst]!;
    const o = ys[worst + 1]!;
    const newSource = o.source !== prev.source || (o.sourceCode ?? '') !== (prev.sourceCode ?? '');
    const next = ys[worst + 2];
    const why = newSource
      ? `, where the source changes from ${prev.source} to ${o.source}`
      : ` and back to ${fmt(next!.value)} in ${next!.year}`;
    const who = o.country ?? o.corridorId;
    issues.push(
      issue(
        'series_break',
        cellOf(o),
        `${entry.id} (${o.side}) of ${who} expects a change near the series' usual ${fmt(usual)} a year, found a jump from ${fmt(prev.value)} in ${prev.year} to ${fmt(o.value)} in ${o.year}${why}; check for a change of source or definition`,
        'warning',
      ),
    );
  }
}
