/**
 * Scorecard: each indicator's value, score, rank among corridors, data year and source.
 * @module
 */
import { GENERATED_TABS } from '../../template/layout.ts';
import type { Benchmark, IndicatorMeta } from '../types.ts';
import { num, type TabDraft } from './draft.ts';
import { DIMENSION_LABELS } from './ranking-tab.ts';

/** Drafts the Scorecard tab: one row per corridor x indicator with a value. */
export function scorecardTab(benchmark: Benchmark): TabDraft {
  const meta = new Map<string, IndicatorMeta>((benchmark.meta ?? []).map((m) => [m.iCode, m]));
  // corridor -> iCode -> status (a scored corridor id holds no NUL, so this matches the joined key)
  const status = new Map<string, Map<string, (typeof benchmark.gaps)[number]['status']>>();
  for (const g of benchmark.gaps) {
    let own = status.get(g.corridorId);
    if (!own) {
      own = new Map();
      status.set(g.corridorId, own);
    }
    own.set(g.indicator, g.status);
  }
  // indicator -> side -> iCode, so the code is not rebuilt for every row
  const codes = new Map<string, Map<string, string>>();
  const iCodeOf = (indicator: string, side: string): string => {
    let bySide = codes.get(indicator);
    if (!bySide) {
      bySide = new Map();
      codes.set(indicator, bySide);
    }
    let code = bySide.get(side);
    if (code === undefined) {
      code = `${indicator}.${side}`;
      bySide.set(side, code);
    }
    return code;
  };
  const ranked = new Map<string, number>();
  for (const s of benchmark.indicators) {
    if (s.rank === null) continue;
    const iCode = iCodeOf(s.indicator, s.side);
    ranked.set(iCode, (ranked.get(iCode) ?? 0) + 1);
  }
  // one test of the unit per indicator column, not per row
  const whole = new Map<string, string | null>();
  const wholeFormat = (indicator: string, side: string): string | null => {
    const iCode = iCodeOf(indicator, side);
    let f = whole.get(iCode);
    if (f === undefined) {
      const unit = meta.get(iCode)?.unit ?? '';
      f = /^(persons|count|US\$|current US\$)/.test(unit) ? '#,##0' : null;
      whole.set(iCode, f);
    }
    return f;
  };
  const rows = benchmark.indicators.map((s) => {
    const iCode = iCodeOf(s.indicator, s.side);
    const m = meta.get(iCode);
    return [
      s.corridorId,
      s.indicator,
      m?.name ?? s.indicator,
      s.side,
      m ? DIMENSION_LABELS[m.dimension] : null,
      m?.unit ?? null,
      num(s.value),
      num(s.score),
      num(s.rank),
      s.rank === null ? null : (ranked.get(iCode) ?? null),
      m && m.direction === 0 ? 'context' : (status.get(s.corridorId)?.get(iCode) ?? null),
      num(s.year),
      s.source,
    ];
  });
  return {
    name: GENERATED_TABS.scorecard,
    about:
      "Each indicator value with its 0-100 score (100 = best by the indicator's direction), its rank among the corridors, the year of the data and its source. Context indicators (flows, stocks, counts) are shown but never scored.",
    sections: [
      {
        key: 'scorecard',
        title: 'Indicator scorecard',
        columns: [
          { header: 'Corridor', width: 12 },
          { header: 'Indicator', width: 24 },
          { header: 'Name', width: 36 },
          { header: 'Side', width: 12 },
          { header: 'Dimension', width: 24 },
          { header: 'Unit', width: 14 },
          { header: 'Value', format: '#,##0.00', width: 14 },
          {
            header: 'Score (0-100)',
            format: '0.0',
            width: 12,
            note: 'Normalised score; empty when descriptive, stale or not scored.',
          },
          {
            header: 'Rank',
            format: '0',
            width: 8,
            note: 'Rank among corridors on this indicator (1 = best, ties share the best rank).',
          },
          { header: 'Of', format: '0', width: 6 },
          { header: 'Status', width: 12 },
          { header: 'Data year', format: '0', width: 10 },
          { header: 'Source', width: 36 },
        ],
        rows,
        // persons and US$ without decimals; shares and rates with two
        cellFormats: benchmark.indicators.map((x) => [
          null,
          null,
          null,
          null,
          null,
          null,
          wholeFormat(x.indicator, x.side),
        ]),
        scaleColumns: [7],
      },
    ],
  };
}
