/**
 * A hub assessment (the benchmark of an assessed workbook) as the corridor
 * pages show it: scores, rank interval, coverage and data gaps, with the
 * assessment's date and who assessed. Keyed by `ORIGIN-DESTINATION`; a
 * corridor assessed through a transit country keeps its transit.
 * @module
 */
import type { Benchmark } from '../assess/types.ts';
import { CATALOGUE, DIMENSIONS } from '../template/catalogue/index.ts';

export interface CorridorAssessment {
  corridorId: string;
  transit: string | null;
  overall: number | null;
  rank: number | null;
  rankQ5: number | null;
  rankQ95: number | null;
  /** Corridors ranked together. */
  of: number;
  coverage: number;
  dimensions: { label: string; score: number | null }[];
  /** Indicators missing or stale for this corridor. */
  gaps: { indicator: string; status: 'stale' | 'missing'; year: number | null }[];
  generatedAt: string;
  assessedBy: string;
}

const indicatorNames = new Map(CATALOGUE.map((e) => [e.id, e.name]));

/** Catalogue name of an indicator id, or the id itself. */
export const indicatorName = (id: string): string => indicatorNames.get(id) ?? id;

/**
 * Every corridor of a benchmark as page-ready assessment, keyed by
 * `ORIGIN-DESTINATION`.
 *
 * @example
 * assessmentsByPair(benchmark, 'Hub team').get('MEX-USA')?.rank; // 3
 */
export function assessmentsByPair(benchmark: Benchmark, assessedBy: string): Map<string, CorridorAssessment> {
  const out = new Map<string, CorridorAssessment>();
  const of = benchmark.corridors.length;
  for (const c of benchmark.corridors) {
    const gaps = benchmark.gaps
      .filter((g) => g.corridorId === c.corridorId && g.status !== 'available')
      .map((g) => ({ indicator: g.indicator, status: g.status as 'stale' | 'missing', year: g.year }));
    out.set(`${c.origin}-${c.destination}`, {
      corridorId: c.corridorId,
      transit: c.transit ?? null,
      overall: c.overall,
      rank: c.rank,
      rankQ5: c.rankQ5,
      rankQ95: c.rankQ95,
      of,
      coverage: c.coverage,
      dimensions: DIMENSIONS.filter((d) => d.id in c.dimensions).map((d) => ({
        label: d.label,
        score: c.dimensions[d.id] ?? null,
      })),
      gaps,
      generatedAt: benchmark.generatedAt,
      assessedBy,
    });
  }
  return out;
}
