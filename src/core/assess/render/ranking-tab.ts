/**
 * Ranking: corridors x dimensions, with rank intervals from the uncertainty analysis.
 * @module
 */
import { GENERATED_TABS } from '../../template/layout.ts';
import type { DimensionId } from '../../template/types.ts';
import { DIMENSIONS } from '../score/coin-input.ts';
import type { Benchmark, CorridorScore } from '../types.ts';
import { type Column, num, type TabDraft } from './draft.ts';

export const DIMENSION_LABELS: Record<DimensionId, string> = {
  root_causes: 'Root causes and asymmetries',
  flows_stocks: 'Flows and stocks',
  origin_costs_benefits: 'Costs and benefits: origin',
  destination_costs_benefits: 'Costs and benefits: destination',
  wellbeing_rights: "Migrants' well-being and rights",
  governance_policy: 'Governance and policy',
  transit_irregular: 'Transit and irregular migration',
  data_availability: 'Data availability',
};

/** Dimensions that carry a score for at least one corridor, in reporting order. */
export const scoredDimensions = (corridors: readonly CorridorScore[]): DimensionId[] =>
  DIMENSIONS.filter((d) => corridors.some((c) => c.dimensions[d] !== undefined));

/** Best rank first; unranked corridors last, by id. */
export const byRank = (a: CorridorScore, b: CorridorScore): number =>
  (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
  (a.corridorId < b.corridorId ? -1 : a.corridorId > b.corridorId ? 1 : 0);

function interval(c: CorridorScore): string | null {
  if (c.rankQ5 === null || c.rankQ95 === null) return null;
  const lo = Math.round(c.rankQ5);
  const hi = Math.round(c.rankQ95);
  return lo === hi ? String(lo) : `${lo} to ${hi}`;
}

/** Drafts the Ranking tab: one row per corridor, best first. */
export function rankingTab(benchmark: Benchmark): TabDraft {
  const dims = scoredDimensions(benchmark.corridors);
  const corridors = [...benchmark.corridors].sort(byRank);
  const columns: Column[] = [
    { header: 'Rank', format: '0', width: 6 },
    { header: 'Corridor', width: 12 },
    { header: 'Origin', width: 8 },
    { header: 'Transit', width: 8 },
    { header: 'Destination', width: 11 },
    { header: 'Overall score', format: '0.0', width: 10 },
    {
      header: 'Rank 5th pct',
      format: '0.0',
      width: 9,
      note: '5th percentile of the rank over the uncertainty runs.',
    },
    {
      header: 'Rank 95th pct',
      format: '0.0',
      width: 9,
      note: '95th percentile of the rank over the uncertainty runs.',
    },
    { header: 'Rank interval', width: 11 },
    {
      header: 'Data coverage',
      format: '0%',
      width: 9,
      note: 'Share of the scored indicators with a usable value.',
    },
    ...dims.map((d) => ({ header: DIMENSION_LABELS[d], format: '0.0', width: 14 })),
  ];
  const rows = corridors.map((c) => [
    num(c.rank),
    c.corridorId,
    c.origin,
    c.transit ?? null,
    c.destination,
    num(c.overall),
    num(c.rankQ5),
    num(c.rankQ95),
    interval(c),
    num(c.coverage),
    ...dims.map((d) => num(c.dimensions[d])),
  ]);
  return {
    name: GENERATED_TABS.ranking,
    about:
      'Corridors ranked on the overall score (0-100), with each dimension score. The rank interval is the 5th-95th percentile of the rank when the method choices vary (empty when no uncertainty runs were made).',
    sections: [
      {
        key: 'ranking',
        title: 'Corridor ranking',
        columns,
        rows,
        scaleColumns: [5, ...dims.map((_, i) => 10 + i)],
        chart: {
          type: 'bar',
          title: 'Overall corridor score',
          categoryColumn: 1,
          seriesColumns: [5],
        },
      },
    ],
  };
}
