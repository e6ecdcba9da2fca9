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
  /** Indicators missing or stale for this corridor, by name and side. */
  gaps: { indicator: string; status: 'stale' | 'missing'; year: number | null }[];
  /** Indicator columns the assessment looked at for this corridor. */
  checked: number;
  generatedAt: string;
  assessedBy: string;
  /** The hub's recalculation run, when read from a hub. */
  runId: string | null;
}

const indicatorNames = new Map(CATALOGUE.map((e) => [e.id, e.name]));

/** "Name (side)" of an iCode such as `unemployment.origin`, from the benchmark's meta, else the catalogue. */
function labeller(benchmark: Benchmark): (iCode: string) => string {
  const meta = new Map((benchmark.meta ?? []).map((m) => [m.iCode, `${m.name} (${m.side})`]));
  return (iCode) => {
    const hit = meta.get(iCode);
    if (hit) return hit;
    const dot = iCode.lastIndexOf('.');
    const id = dot > 0 ? iCode.slice(0, dot) : iCode;
    return `${indicatorNames.get(id) ?? id}${dot > 0 ? ` (${iCode.slice(dot + 1)})` : ''}`;
  };
}

/**
 * Every corridor of a benchmark as page-ready assessment, keyed by
 * `ORIGIN-DESTINATION`.
 *
 * @example
 * assessmentsByPair(benchmark, 'Hub team').get('MEX-USA')?.rank; // 3
 */
export function assessmentsByPair(
  benchmark: Benchmark,
  assessedBy: string,
  runId?: string,
): Map<string, CorridorAssessment> {
  const out = new Map<string, CorridorAssessment>();
  const of = benchmark.corridors.length;
  const label = labeller(benchmark);
  for (const c of benchmark.corridors) {
    const rows = benchmark.gaps.filter((g) => g.corridorId === c.corridorId);
    const gaps = rows
      .filter((g) => g.status !== 'available')
      .map((g) => ({
        indicator: label(g.indicator),
        status: g.status as 'stale' | 'missing',
        year: g.year,
      }))
      .sort((a, b) => a.status.localeCompare(b.status) || a.indicator.localeCompare(b.indicator));
    const key = `${c.origin}-${c.destination}`;
    // a direct corridor wins over the same pair assessed through a transit country
    if (out.has(key) && c.transit) continue;
    out.set(key, {
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
      checked: rows.length,
      generatedAt: benchmark.generatedAt,
      assessedBy,
      runId: runId ?? null,
    });
  }
  return out;
}
