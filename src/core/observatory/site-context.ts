/**
 * What every page of one build shares: the country names, the data vintage,
 * the deaths by region and the optional assessment, read once from the port.
 * @module
 */
import type { Benchmark } from '../assess/types.ts';
import { assessmentsByPair, type CorridorAssessment } from './assessment.ts';
import type {
  CountryRef,
  DataVintage,
  ObservatorySource,
  PairRef,
  RegionDeaths,
  SourceRef,
} from './port.ts';

export interface SiteOptions {
  /** Pairs with at least this many migrants in 2020 get a page (default 1,000). */
  minStock: number;
  /** Absolute URL the site is served at (for Open Graph), e.g. https://example.org/observatory/. */
  siteUrl: string | null;
  /** When the site was generated (ISO time), for "how to cite". */
  generatedAt: string;
  /** `file` names the file or the hub; `runId` is the hub's recalculation run, for a hub. */
  benchmark?: { benchmark: Benchmark; assessedBy: string; file: string; runId?: string };
  /** The adapter publishes the pack's own files under pack/ (the methods page links them). */
  includesPack?: boolean;
}

export interface SiteContext {
  source: ObservatorySource;
  options: SiteOptions;
  vintage: DataVintage;
  sources: Map<string, SourceRef>;
  countries: Map<string, CountryRef>;
  /** Every pair of the matrix with migrants in 2020. */
  allPairs: PairRef[];
  /** Pairs that get a page, largest first. */
  pairs: PairRef[];
  pairIds: Set<string>;
  deaths: Map<string, RegionDeaths>;
  assessments: Map<string, CorridorAssessment>;
}

export const DEFAULT_MIN_STOCK = 1000;

/** Name of a country code, or the code itself when unknown. */
export const nameOf = (ctx: SiteContext, iso3: string): string =>
  ctx.countries.get(iso3)?.name ?? iso3;

export const pairId = (origin: string, destination: string): string => `${origin}-${destination}`;

/** Reads the shared data once; pairs are sorted by stock, then by id, so builds are reproducible. */
export function siteContext(source: ObservatorySource, options: SiteOptions): SiteContext {
  const vintage = source.vintage();
  const allPairs = source.pairs();
  const pairs = allPairs
    .filter((p) => p.stock >= options.minStock)
    .sort(
      (a, b) =>
        b.stock - a.stock ||
        pairId(a.origin, a.destination).localeCompare(pairId(b.origin, b.destination)),
    );
  return {
    source,
    options,
    vintage,
    sources: new Map(vintage.sources.map((s) => [s.id, s])),
    countries: new Map(source.countries().map((c) => [c.iso3, c])),
    allPairs,
    pairs,
    pairIds: new Set(pairs.map((p) => pairId(p.origin, p.destination))),
    deaths: new Map(source.deathsByRegion().map((d) => [d.region, d])),
    assessments: options.benchmark
      ? assessmentsByPair(
          options.benchmark.benchmark,
          options.benchmark.assessedBy,
          options.benchmark.runId,
        )
      : new Map(),
  };
}
