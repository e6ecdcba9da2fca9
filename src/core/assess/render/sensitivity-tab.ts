/**
 * Sensitivity: which method choices drive the ranking (Sobol indices) and
 * how far each corridor's rank moves.
 * @module
 */
import { GENERATED_TABS } from '../../template/layout.ts';
import type { Benchmark } from '../types.ts';
import { num, type Section, type TabDraft } from './draft.ts';
import { byRank, DIMENSION_LABELS } from './ranking-tab.ts';

const round1 = (x: number | null): number | null =>
  x === null || !Number.isFinite(x) ? null : Math.round(x * 10) / 10;

function driversTitle(benchmark: Benchmark): string {
  if (benchmark.sensitivity.length > 0)
    return 'What drives the ranking: Sobol indices of the mean absolute rank shift';
  const runs = Number(benchmark.method.uncertainty_runs ?? 0);
  const ranked = benchmark.corridors.filter((c) => c.rank !== null).length;
  if (runs <= 0)
    return 'Not run: set uncertainty_runs above 0 in the Method tab to see what drives the ranking';
  if (ranked < 2)
    return `Not run: the uncertainty analysis needs at least 2 ranked corridors, found ${ranked}`;
  return 'No sensitivity results: the uncertainty analysis did not complete (see the Validation tab)';
}

/** Drafts the Sensitivity tab; says so plainly when no uncertainty runs were made. */
export function sensitivityTab(benchmark: Benchmark): TabDraft {
  const total = benchmark.sensitivity.reduce(
    (s, r) => s + (r.totalOrder !== null && r.totalOrder > 0 ? r.totalOrder : 0),
    0,
  );
  const drivers: Section = {
    key: 'drivers',
    title: driversTitle(benchmark),
    columns: [
      { header: 'Method choice', width: 18 },
      {
        header: 'First-order index',
        format: '0.000',
        width: 12,
        note: 'Share of the variance of rank shifts due to this choice alone (Saltelli 2010). An estimate from a finite sample: a small negative value is noise, read it as about 0.',
      },
      {
        header: 'Total-order index',
        format: '0.000',
        width: 12,
        note: 'Share including interactions with the other choices (Jansen).',
      },
      { header: 'Share of total effect', format: '0%', width: 12 },
    ],
    rows: [...benchmark.sensitivity]
      .sort((a, b) => (b.totalOrder ?? -1) - (a.totalOrder ?? -1))
      .map((r) => [
        r.input,
        num(r.firstOrder),
        num(r.totalOrder),
        total > 0 && r.totalOrder !== null ? Math.max(0, r.totalOrder) / total : null,
      ]),
    // a large effect is a warning sign, not a good result: green for small, red for large
    reverseScaleColumns: [2],
    chart: {
      type: 'bar',
      title: 'Total-order effect on the ranking',
      categoryColumn: 0,
      seriesColumns: [2],
    },
  };
  const ranks: Section = {
    key: 'rank-stability',
    title: 'Rank stability per corridor',
    columns: [
      { header: 'Corridor', width: 12 },
      { header: 'Nominal rank', format: '0', width: 9 },
      { header: 'Rank 5th pct', format: '0.0', width: 9 },
      { header: 'Rank 95th pct', format: '0.0', width: 9 },
      { header: 'Interval width', format: '0.0', width: 9 },
    ],
    rows: benchmark.corridors
      .filter((c) => c.rank !== null)
      .sort(byRank)
      .map((c) => [
        c.corridorId,
        num(c.rank),
        round1(c.rankQ5),
        round1(c.rankQ95),
        c.rankQ5 === null || c.rankQ95 === null ? null : round1(c.rankQ95 - c.rankQ5),
      ]),
    reverseScaleColumns: [4],
  };
  const dimensionRows = benchmark.drivers ?? [];
  const correlations: Section = {
    key: 'dimension-drivers',
    title: 'Which dimensions the overall score follows (correlation across corridors)',
    columns: [
      { header: 'Dimension', width: 28 },
      {
        header: 'Correlation with overall',
        format: '0.00',
        width: 12,
        note: 'Pearson correlation of the dimension score with the overall score across the scored corridors.',
      },
      { header: 'Weight', format: '0.00', width: 8 },
      { header: 'Corridors', format: '0', width: 9 },
    ],
    rows: [...dimensionRows]
      .sort((a, b) => (b.correlation ?? -2) - (a.correlation ?? -2))
      .map((d) => [DIMENSION_LABELS[d.dimension], num(d.correlation), d.weight, d.corridors]),
    scaleColumns: [1],
  };
  return {
    name: GENERATED_TABS.sensitivity,
    about:
      'Normalisation, aggregation and weights (+-25%) are varied at random (seeded); the indices show how much of the change in ranks each choice explains, and the intervals how stable each rank is. The correlations show which dimensions the overall score follows most.',
    sections: [drivers, correlations, ranks],
  };
}
