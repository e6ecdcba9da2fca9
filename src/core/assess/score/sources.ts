/**
 * Every source named in the submission, with the columns and values it supplied.
 * @module
 */
import type { SourceUse } from '../types.ts';
import type { SeriesIndex } from './series.ts';

interface Use {
  iCodes: Set<string>;
  values: number;
}

/** Groups every value by (source, code), sorted by source then code. */
export function listSources(series: SeriesIndex): SourceUse[] {
  const bySource = new Map<string, Map<string, Use>>();
  const use = (source: string, code: string): Use => {
    let byCode = bySource.get(source);
    if (!byCode) {
      byCode = new Map();
      bySource.set(source, byCode);
    }
    let u = byCode.get(code);
    if (!u) {
      u = { iCodes: new Set(), values: 0 };
      byCode.set(code, u);
    }
    return u;
  };
  for (const own of series.values()) {
    for (const [iCode, points] of own) {
      // a series mostly keeps one source: count runs, not points
      let i = 0;
      while (i < points.length) {
        const { source, sourceCode } = points[i]!;
        let j = i + 1;
        while (
          j < points.length &&
          points[j]!.source === source &&
          points[j]!.sourceCode === sourceCode
        )
          j++;
        const u = use(source, sourceCode);
        u.iCodes.add(iCode);
        u.values += j - i;
        i = j;
      }
    }
  }
  const out: SourceUse[] = [];
  for (const [source, byCode] of bySource) {
    for (const [code, u] of byCode)
      out.push({ source, code, iCodes: [...u.iCodes].sort(), values: u.values });
  }
  return out.sort((a, b) =>
    a.source < b.source
      ? -1
      : a.source > b.source
        ? 1
        : a.code < b.code
          ? -1
          : a.code > b.code
            ? 1
            : 0,
  );
}
