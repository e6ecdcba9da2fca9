/**
 * Audit: the JRC-style statistical audit of the index, from the engine's
 * audits: correlations of each indicator with its dimension and the index,
 * Cronbach's alpha and the first principal component per dimension, and
 * the rank intervals.
 * @module
 */
import { GENERATED_TABS } from '../../template/layout.ts';
import type { Benchmark } from '../types.ts';
import { num, type Section, type TabDraft } from './draft.ts';
import { byRank, DIMENSION_LABELS, interval } from './ranking-tab.ts';

const r2 = (x: number | null): number | null =>
  x === null || !Number.isFinite(x) ? null : Math.round(x * 100) / 100;

/** Drafts the Audit tab (empty tables with a plain title when there was no main run). */
export function auditTab(benchmark: Benchmark): TabDraft {
  const audit = benchmark.audit;
  const names = new Map((benchmark.meta ?? []).map((m) => [m.iCode, `${m.name}, ${m.side}`]));
  const indicators: Section = {
    key: 'indicators',
    title: audit
      ? 'Each indicator against its dimension and the index (Pearson, scored corridors)'
      : 'No audit: no corridor was ranked',
    columns: [
      { header: 'Indicator', width: 46 },
      { header: 'Code', width: 36 },
      { header: 'Dimension', width: 26 },
      {
        header: 'Correlation with dimension',
        format: '0.00',
        width: 13,
        note: 'Empty when the dimension has one indicator, or fewer than 5 corridors have both values.',
      },
      { header: 'Correlation with index', format: '0.00', width: 13 },
      { header: 'Corridors', format: '0', width: 9 },
      { header: 'Flag', width: 40 },
    ],
    rows: (audit?.indicators ?? []).map((a) => [
      names.get(a.iCode) ?? a.iCode,
      a.iCode,
      DIMENSION_LABELS[a.dimension],
      r2(a.withDimension),
      r2(a.withIndex),
      a.n,
      a.negative ? 'pulls against its own dimension (negative correlation)' : null,
    ]),
    scaleColumns: [3, 4],
  };
  const dimensions: Section = {
    key: 'dimensions',
    title: `Consistency of each dimension${audit?.dimensionsPc1 != null ? `; the first principal component of the dimensions explains ${Math.round(audit.dimensionsPc1 * 100)}% of their variance` : ''}`,
    columns: [
      { header: 'Dimension', width: 30 },
      { header: 'Indicators', format: '0', width: 10 },
      {
        header: 'Used for alpha and PCA',
        format: '0',
        width: 11,
        note: 'Indicators reported for at least half of the corridors.',
      },
      {
        header: "Cronbach's alpha",
        format: '0.00',
        width: 11,
        note: 'Internal consistency of the indicators (0.7 or more is usual for one latent concept); empty with one indicator.',
      },
      {
        header: 'PC1 variance explained',
        format: '0%',
        width: 12,
        note: 'Share of the variance of the indicators explained by their first principal component, over corridors with every indicator.',
      },
      { header: 'Corridors in PCA', format: '0', width: 10 },
      { header: 'Correlation with index', format: '0.00', width: 13 },
    ],
    rows: (audit?.dimensions ?? []).map((d) => [
      DIMENSION_LABELS[d.dimension],
      d.indicators,
      d.inConsistency,
      r2(d.alpha),
      num(d.pc1),
      d.pcaRows,
      r2(d.withIndex),
    ]),
  };
  const ranks: Section = {
    key: 'rank-intervals',
    title: 'Rank intervals (5th to 95th percentile over the uncertainty runs)',
    columns: [
      { header: 'Corridor', width: 12 },
      { header: 'Rank', format: '0', width: 6 },
      { header: 'Rank interval', width: 12 },
      { header: 'Overall score', format: '0.0', width: 10 },
    ],
    rows: benchmark.corridors
      .filter((c) => c.rank !== null)
      .sort(byRank)
      .map((c) => [c.corridorId, num(c.rank), interval(c), num(c.overall)]),
  };
  return {
    name: GENERATED_TABS.audit,
    about:
      'A statistical audit in the JRC style: indicators should correlate positively with their dimension (a negative one pulls the other way), a dimension of several indicators should hang together (alpha, first principal component), and ranks should be read with their intervals.',
    sections: [indicators, dimensions, ranks],
  };
}
