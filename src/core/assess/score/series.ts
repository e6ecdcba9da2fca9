/**
 * Observations and policy answers regrouped as time series per
 * corridor x indicator column, the shape every later step reads.
 * @module
 */
import type { Submission } from '../../template/types.ts';
import { iCodeOf, policyIndicator } from './indicator-meta.ts';

export interface Point {
  year: number;
  value: number;
  source: string;
  sourceCode: string;
}

/** corridorId -> iCode -> points sorted by year (first row wins a tied year). */
export type SeriesIndex = Map<string, Map<string, Point[]>>;

/**
 * Groups the submission's values by corridor and indicator column. Policy
 * answers count as values (their 0/50/100 score), dated by their year or else
 * by the corridor's period end.
 */
export function buildSeries(submission: Submission): SeriesIndex {
  const catalogue = new Map(submission.catalogue.map((e) => [e.id, e]));
  const periodEnd = new Map(submission.corridors.map((c) => [c.id, c.periodEnd]));
  const index: SeriesIndex = new Map();
  const add = (corridorId: string, iCode: string, point: Point) => {
    if (!Number.isFinite(point.value) || !Number.isFinite(point.year)) return;
    let byCode = index.get(corridorId);
    if (!byCode) {
      byCode = new Map();
      index.set(corridorId, byCode);
    }
    const points = byCode.get(iCode);
    if (points) points.push(point);
    else byCode.set(iCode, [point]);
  };
  // rows come in runs of one corridor's indicator and side: reuse the last run's points
  let lastCorridor: string | undefined;
  let lastIndicator: string | undefined;
  let lastSide: string | undefined;
  let lastPoints: Point[] | undefined;
  const observations = submission.observations;
  for (let k = 0; k < observations.length; k++) {
    const o = observations[k]!;
    if (o.indicator !== lastIndicator && !catalogue.has(o.indicator)) continue;
    if (!Number.isFinite(o.value) || !Number.isFinite(o.year)) continue;
    // an observation with a source code already reads as its point (points are only read, field by field)
    const point: Point =
      o.sourceCode !== undefined
        ? (o as Point)
        : { year: o.year, value: o.value, source: o.source, sourceCode: '' };
    if (
      lastPoints !== undefined &&
      o.corridorId === lastCorridor &&
      o.indicator === lastIndicator &&
      o.side === lastSide
    ) {
      lastPoints.push(point);
      continue;
    }
    add(o.corridorId, iCodeOf(o.indicator, o.side), point);
    lastCorridor = o.corridorId;
    lastIndicator = o.indicator;
    lastSide = o.side;
    lastPoints = index.get(o.corridorId)!.get(iCodeOf(o.indicator, o.side));
  }
  for (const p of submission.policy) {
    const year = p.year ?? periodEnd.get(p.corridorId);
    if (year === undefined) continue;
    add(p.corridorId, iCodeOf(policyIndicator(p.question, catalogue), p.side), {
      year,
      value: p.score,
      source: p.source ?? 'Policy tab',
      sourceCode: '',
    });
  }
  // stable sort, then the first row of a repeated year wins (most runs are sorted and unique already)
  for (const byCode of index.values()) {
    for (const [code, points] of byCode) {
      let sorted = true;
      let unique = true;
      for (let i = 1; i < points.length; i++) {
        const step = points[i]!.year - points[i - 1]!.year;
        if (step < 0) sorted = false;
        else if (step === 0) unique = false;
      }
      if (!sorted) points.sort((a, b) => a.year - b.year);
      if (!sorted || !unique)
        byCode.set(
          code,
          points.filter((p, i) => i === 0 || points[i - 1]!.year !== p.year),
        );
    }
  }
  return index;
}
