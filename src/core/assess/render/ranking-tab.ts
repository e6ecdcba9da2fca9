/**
 * Ranking: corridors x dimensions, with rank intervals from the uncertainty analysis.
 * @module
 */

import { countryName } from '../../template/countries.ts';
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

/** The rank interval for people: whole ranks, "3 to 7" (or "3" when both ends agree). */
export function interval(c: Pick<CorridorScore, 'rankQ5' | 'rankQ95'>): string | null {
  if (c.rankQ5 === null || c.rankQ95 === null) return null;
  const lo = Math.round(c.rankQ5);
  const hi = Math.round(c.rankQ95);
  return lo === hi ? String(lo) : `${lo} to ${hi}`;
}

/** A percentile rank to one decimal, as people read it (4.950000000000001 -> 5). */
const rank1 = (x: number | null): number | null => (x === null ? null : Math.round(x * 10) / 10);

/** "Mexico (MEX)": a country's name beside its code. */
export const place = (code: string | undefined): string | null =>
  code === undefined ? null : `${countryName(code)} (${code})`;

/** Drafts the Ranking tab: one row per corridor, best first. */
export function rankingTab(benchmark: Benchmark): TabDraft {
  const dims = scoredDimensions(benchmark.corridors);
  const corridors = benchmark.corridors.filter((c) => !c.unranked).sort(byRank);
  const unranked = benchmark.corridors.filter((c) => c.unranked);
  const columns: Column[] = [
    { header: 'Rank', format: '0', width: 6 },
    { header: 'Corridor', width: 12 },
    { header: 'Origin', width: 26 },
    { header: 'Transit', width: 14 },
    { header: 'Destination', width: 28 },
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
      note: 'Data availability, reported beside the score and not in it: share of the scored indicators expected of the corridor (core open-data indicators, plus any other it reported) with a value no older than the maximum age.',
    },
    ...dims.map((d) => ({ header: DIMENSION_LABELS[d], format: '0.0', width: 14 })),
  ];
  const rows = corridors.map((c) => [
    num(c.rank),
    c.corridorId,
    place(c.origin),
    place(c.transit),
    place(c.destination),
    num(c.overall),
    rank1(num(c.rankQ5)),
    rank1(num(c.rankQ95)),
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
      ...(unranked.length > 0 ? [unrankedSection(unranked)] : []),
    ],
  };
}

/** Corridors left out of the ranking, each with the reason, so none disappears silently. */
function unrankedSection(corridors: readonly CorridorScore[]) {
  return {
    key: 'not-ranked',
    title: 'Not ranked',
    columns: [
      { header: 'Corridor', width: 12 },
      { header: 'Origin', width: 26 },
      { header: 'Transit', width: 14 },
      { header: 'Destination', width: 28 },
      { header: 'Data coverage', format: '0%', width: 9 },
      { header: 'Why not ranked', width: 60 },
    ],
    rows: [...corridors]
      .sort((a, b) => (a.corridorId < b.corridorId ? -1 : 1))
      .map((c) => [
        c.corridorId,
        place(c.origin),
        place(c.transit),
        place(c.destination),
        num(c.coverage),
        c.unranked ?? null,
      ]),
  };
}
