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

/** Lines in the panel chart: one per colour of the chart palette, so none is reused. */
const MAX_LINES = 8;

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

/** Counts/persons need no decimals; everything else keeps two. */
const formatFor = (unit: string | undefined): string =>
  unit !== undefined && /^(persons|count|US\$$|current US\$)/.test(unit) ? '#,##0' : '#,##0.00';

/** Per corridor: how many scored indicators got better or worse, with a chart (every time mode). */
function verdictSection(benchmark: Benchmark): Section | null {
  const trends = (benchmark.trends ?? []).filter(
    (t) => t.verdict === 'better' || t.verdict === 'worse',
  );
  if (trends.length === 0) return null;
  // counted per corridor in one pass over the trends
  const counts = new Map<string, { better: number; worse: number }>();
  for (const t of trends) {
    let c = counts.get(t.corridorId);
    if (!c) {
      c = { better: 0, worse: 0 };
      counts.set(t.corridorId, c);
    }
    if (t.verdict === 'better') c.better++;
    else c.worse++;
  }
  const rows = benchmark.corridors.map((c) => {
    const { better, worse } = counts.get(c.corridorId) ?? { better: 0, worse: 0 };
    return [c.corridorId, `${better} better, ${worse} worse`, better, worse];
  });
  return {
    key: 'better-worse',
    title: 'Scored indicators that got better or worse, first to latest year',
    columns: [
      { header: 'Corridor', width: 12 },
      { header: 'In words', width: 24 },
      { header: 'Better', format: '0', width: 9 },
      { header: 'Worse', format: '0', width: 9 },
    ],
    rows,
    chart: {
      type: 'column',
      title: 'Indicators better and worse since the first year, by corridor',
      categoryColumn: 0,
      seriesColumns: [2, 3],
    },
  };
}

/** Drafts the Trends tab. */
export function trendsTab(benchmark: Benchmark): TabDraft {
  const trends = benchmark.trends ?? [];
  const meta = new Map((benchmark.meta ?? []).map((m) => [m.iCode, m]));
  const formats = new Map<string, string>();
  const formatOfCode = (iCode: string): string => {
    let f = formats.get(iCode);
    if (f === undefined) {
      f = formatFor(meta.get(iCode)?.unit);
      formats.set(iCode, f);
    }
    return f;
  };
  const changes: Section = {
    key: 'indicator-changes',
    title: 'Indicator changes, first to latest year',
    columns: [
      { header: 'Corridor', width: 12 },
      { header: 'Indicator', width: 36 },
      { header: 'Code', width: 28 },
      { header: 'Unit', width: 14 },
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
      meta.has(t.iCode) ? `${meta.get(t.iCode)!.name}, ${meta.get(t.iCode)!.side}` : t.iCode,
      t.iCode,
      meta.get(t.iCode)?.unit ?? null,
      t.firstYear,
      num(t.firstValue),
      t.lastYear,
      num(t.lastValue),
      num(t.change),
      num(t.perYear),
      t.verdict,
      t.points,
    ]),
    cellFormats: trends.map((t) => {
      const f = formatOfCode(t.iCode);
      return [null, null, null, null, null, f, null, f, f, f];
    }),
    backgrounds: trends.map((t) => [
      null,
      null,
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
      'How each indicator changed between its first and latest year for every corridor (series with at least two years), how many scored indicators got better or worse, and in panel mode the composite score in every year.',
    sections: [years, verdictSection(benchmark), changes].filter((x): x is Section => x !== null),
  };
}
