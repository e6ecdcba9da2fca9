/**
 * Data gaps: coverage of indicator x corridor and age of data.
 * @module
 */
import type { CellValue } from '../../contract/workbook.ts';
import { GENERATED_TABS } from '../../template/layout.ts';
import type { Benchmark, IndicatorMeta } from '../types.ts';
import type { Section, TabDraft } from './draft.ts';
import { DIMENSION_LABELS } from './ranking-tab.ts';

const STATUS_COLOUR: Record<string, string> = {
  available: '#C6EFCE',
  stale: '#FFEB9C',
  missing: '#FFC7CE',
};

function summary(benchmark: Benchmark): Section {
  const counts = new Map<string, Record<Benchmark['gaps'][number]['status'], number>>();
  for (const g of benchmark.gaps) {
    if (g.inCoverage === false) continue;
    const c = counts.get(g.corridorId) ?? { available: 0, stale: 0, missing: 0 };
    c[g.status]++;
    counts.set(g.corridorId, c);
  }
  const rows: CellValue[][] = benchmark.corridors.map((c) => {
    const n = counts.get(c.corridorId) ?? { available: 0, stale: 0, missing: 0 };
    const total = n.available + n.stale + n.missing;
    return [c.corridorId, total, n.available, n.stale, n.missing, c.coverage];
  });
  return {
    key: 'coverage',
    title: 'Data availability by corridor (the coverage on the Ranking tab)',
    columns: [
      { header: 'Corridor', width: 12 },
      {
        header: 'Scored indicators expected',
        format: '0',
        width: 11,
        note: 'Core open-data indicators on their sides, your own catalogue rows, and any other scored indicator the corridor reported.',
      },
      { header: 'Available', format: '0', width: 9 },
      { header: 'Stale', format: '0', width: 9 },
      { header: 'Missing', format: '0', width: 9 },
      { header: 'Data coverage', format: '0%', width: 9 },
    ],
    rows,
    scaleColumns: [5],
  };
}

function needed(benchmark: Benchmark, meta: Map<string, IndicatorMeta>): Section {
  const counts = new Map<string, { missing: number; stale: number }>();
  for (const g of benchmark.gaps) {
    if (g.status === 'available') continue;
    const c = counts.get(g.indicator) ?? { missing: 0, stale: 0 };
    if (g.status === 'missing') c.missing++;
    else c.stale++;
    counts.set(g.indicator, c);
  }
  const rows = [...counts.entries()]
    .sort(
      (a, b) => b[1].missing + b[1].stale - (a[1].missing + a[1].stale) || (a[0] < b[0] ? -1 : 1),
    )
    .map(([iCode, c]) => {
      const m = meta.get(iCode);
      return [
        iCode,
        m?.name ?? null,
        m?.scored ? 'yes' : 'no',
        c.missing,
        c.stale,
        m?.source ?? null,
      ];
    });
  return {
    key: 'needed',
    title: 'Data most needed (indicators missing or stale in most corridors)',
    columns: [
      { header: 'Indicator', width: 28 },
      { header: 'Name', width: 36 },
      { header: 'Scored', width: 7 },
      { header: 'Corridors missing', format: '0', width: 10 },
      { header: 'Corridors stale', format: '0', width: 10 },
      { header: 'Suggested source', width: 36 },
    ],
    rows,
    reverseScaleColumns: [3],
  };
}

function reported(benchmark: Benchmark): Section {
  const rows = benchmark.availability ?? [];
  return {
    key: 'reported',
    title: 'Data availability reported by the teams',
    columns: [
      { header: 'Corridor', width: 12 },
      { header: 'Item', width: 28 },
      { header: 'Side', width: 11 },
      { header: 'Country', width: 8 },
      { header: 'Status', width: 10 },
      { header: 'Latest year', format: '0', width: 9 },
      { header: 'Source', width: 36 },
    ],
    rows: rows.map((a) => [
      a.corridorId,
      a.item,
      a.side,
      a.country,
      a.status,
      a.latestYear,
      a.source,
    ]),
    backgrounds: rows.map((a) => [
      null,
      null,
      null,
      null,
      STATUS_COLOUR[a.status === 'partial' ? 'stale' : a.status] ?? null,
    ]),
  };
}

/** Drafts the Data gaps tab: summary, most-needed data, the full matrix, and what teams reported. */
export function dataGapsTab(benchmark: Benchmark): TabDraft {
  const meta = new Map((benchmark.meta ?? []).map((m) => [m.iCode, m]));
  // each column's name and side, built once rather than once per corridor
  const names = new Map((benchmark.meta ?? []).map((m) => [m, `${m.name}, ${m.side}`]));
  const detail: Section = {
    key: 'detail',
    title: 'Every indicator x corridor',
    columns: [
      { header: 'Corridor', width: 12 },
      { header: 'Indicator', width: 28 },
      { header: 'Dimension', width: 24 },
      {
        header: 'Status',
        width: 10,
        note: 'available, stale (more than the maximum age from the reference year) or missing',
      },
      { header: 'Latest year', format: '0', width: 9 },
      { header: 'Name', width: 40 },
      {
        header: 'In coverage',
        width: 9,
        note: 'Counts towards the corridor’s data coverage (a scored indicator expected of it or reported by it).',
      },
    ],
    rows: benchmark.gaps.map((g) => {
      const m = meta.get(g.indicator);
      return [
        g.corridorId,
        g.indicator,
        m ? DIMENSION_LABELS[m.dimension] : null,
        g.status,
        g.year,
        m ? names.get(m)! : null,
        g.inCoverage === undefined ? null : g.inCoverage ? 'yes' : 'no',
      ];
    }),
    backgrounds: benchmark.gaps.map((g) => [null, null, null, STATUS_COLOUR[g.status] ?? null]),
  };
  return {
    name: GENERATED_TABS.dataGaps,
    about:
      'Which data are there, which are too old and which are missing, for every indicator the catalogue expects on each side of each corridor.',
    sections: [summary(benchmark), needed(benchmark, meta), detail, reported(benchmark)],
  };
}
