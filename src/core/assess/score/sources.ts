/**
 * Every source named in the submission, with the columns and values it supplied.
 * @module
 */
import type { SourceUse } from '../types.ts';
import type { SeriesIndex } from './series.ts';

/** Groups every value by (source, code), sorted by source then code. */
export function listSources(series: SeriesIndex): SourceUse[] {
  const byKey = new Map<string, { source: string; code: string; iCodes: Set<string>; values: number }>();
  for (const own of series.values()) {
    for (const [iCode, points] of own) {
      for (const p of points) {
        const key = `${p.source}\u0000${p.sourceCode}`;
        const use = byKey.get(key) ?? { source: p.source, code: p.sourceCode, iCodes: new Set<string>(), values: 0 };
        use.iCodes.add(iCode);
        use.values++;
        byKey.set(key, use);
      }
    }
  }
  return [...byKey.values()]
    .map((u) => ({ source: u.source, code: u.code, iCodes: [...u.iCodes].sort(), values: u.values }))
    .sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
