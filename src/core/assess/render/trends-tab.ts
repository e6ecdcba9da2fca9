/**
 * Trends: changes over the years per corridor x indicator, and composite
 * scores by year in panel mode.
 * @module
 */
import type { CellValue } from '../../contract/workbook.ts';
import { GENERATED_TABS } from '../../template/layout.ts';
import type { Benchmark } from '../types.ts';
import { num, type Section, type TabDraft } from './draft.ts';

const VERDICT_COLOUR: Record<string, string | null> = {
  better: '#C6EFCE',
  worse: '#FFC7CE',
  flat: null,
  descriptive: null,
};

const MAX_LINES = 12;

function yearSection(benchmark: Benchmark): Section | null {
  const scores = benchmark.yearScores ?? [];
  if (scores.length === 0) return null;
  const corridors = benchmark.corridors.map((c) => c.corridorId);
  const years = [...new Set(scores.map((s) => s.year))].sort((a, b) => a - b);
  const at = new Map(scores.map((s) => [`${s.corridorId}\u0000${s.year}`, s.overall]));
  const rows: CellValue[][] = years.map((y) => [
    y,
    ...corridors.map((c) => num(at.get(`${c}\u0000${y}`))),
  ]);
  return {
    key: 'scores-by-year',
    title: 'Overall score by year (panel: fixed goalposts, comparable across years)',
    columns: [
      { header: 'Year', format: '0', width: 8 },
      ...corridors.map((c) => ({ header: c, format: '0.0', width: 10 })),
    ],
    rows,
    chart: {
      type: 'line',
      title: `Overall score by year${corridors.length > MAX_LINES ? ` (first ${MAX_LINES} corridors)` : ''}`,
      categoryColumn: 0,
      // a chart with hundreds of lines helps nobody; the table has them all
      seriesColumns: corridors.slice(0, MAX_LINES).map((_, i) => i + 1),
    },
  };
}

/** Drafts the Trends tab. */
export function trendsTab(benchmark: Benchmark): TabDraft {
  const trends = benchmark.trends ?? [];
  const changes: Section = {
    key: 'indicator-changes',
    title: 'Indicator changes, first to latest year',
    columns: [
      { header: 'Corridor', width: 12 },
      { header: 'Indicator', width: 28 },
      { header: 'First year', format: '0', width: 9 },
      { header: 'First value', format: '#,##0.00', width: 13 },
      { header: 'Latest year', format: '0', width: 9 },
      { header: 'Latest value', format: '#,##0.00', width: 13 },
      { header: 'Change', format: '#,##0.00', width: 13 },
      { header: 'Change per year', format: '#,##0.00', width: 13 },
      { header: 'Verdict', width: 11, note: "better / worse by the indicator's direction" },
      { header: 'Data points', format: '0', width: 8 },
    ],
    rows: trends.map((t) => [
      t.corridorId,
      t.iCode,
      t.firstYear,
      num(t.firstValue),
      t.lastYear,
      num(t.lastValue),
      num(t.change),
      num(t.perYear),
      t.verdict,
      t.points,
    ]),
    backgrounds: trends.map((t) => [
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      VERDICT_COLOUR[t.verdict] ?? null,
    ]),
  };
  const years = yearSection(benchmark);
  return {
    name: GENERATED_TABS.trends,
    about:
      'How each indicator changed between its first and latest year for every corridor (series with at least two years), and in panel mode the composite score in every year.',
    sections: years ? [years, changes] : [changes],
  };
}
