/**
 * The pre-filled cells of one indicator row: every year the open data have
 * within the reference period, with unit, source, official code and a note
 * that keeps the open value (so `assess` can reconcile a national figure).
 * @module
 */
import type { FactSeries } from '../../../pack/facts.ts';

export interface PrefilledValue {
  year: number;
  value: number;
  source: string;
  sourceCode: string;
  note: string;
  confidence: 'high' | 'medium' | 'low';
}

/** The phrase the note carries the open value in; read back by the reconciliation. */
export const OPEN_VALUE_PHRASE = 'open value';

/**
 * @example prefilledNote(stockSeries, { year: 2020, value: 253940 })
 * // => 'pre-filled, open value 253940 (2020); see corridor_stock in the Instructions tab; replace with a national figure if you have one'
 */
export function prefilledNote(
  s: FactSeries,
  p: { year: number; value: number; note?: string },
): string {
  const parts = [
    `pre-filled, ${OPEN_VALUE_PHRASE} ${p.value} (${p.year})`,
    ...(p.note ? [p.note] : []),
    `${s.formula ? 'derived; ' : ''}see ${s.indicator} in the Instructions tab`,
    'replace with a national figure if you have one',
  ];
  return parts.join('; ');
}

export function prefilledValues(
  s: FactSeries,
  period: { start: number; end: number },
): PrefilledValue[] {
  return s.points
    .filter((p) => p.year >= period.start && p.year <= period.end && Number.isFinite(p.value))
    .map((p) => ({
      year: p.year,
      value: p.value,
      source: s.source,
      sourceCode: s.code,
      note: prefilledNote(s, p),
      confidence: s.confidence,
    }));
}
