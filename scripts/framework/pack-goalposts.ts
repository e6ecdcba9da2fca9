/**
 * Goalposts from the distribution of all pairs (or countries) in the
 * open-data pack, not of the corridors at hand: which series, units, years
 * and percentiles, and the derivation itself. `derive-goalposts.ts` prints
 * them; test/template/framework-goalposts.test.ts holds the catalogue to them.
 * @module
 */
import { COUNTRY_DERIVATIONS, PAIR_DERIVATIONS } from '../../src/core/pack/derive/index.ts';
import type { LoadedPack } from '../../src/core/pack/reader.ts';
import type { Point, RouteRegion } from '../../src/core/pack/types.ts';
import { quantileType7 } from '../../src/core/stats/quantile-type7.ts';

export interface PackGoalpostSpec {
  /** Pack series (and catalogue id). */
  id: string;
  /** Every origin-destination pair of the pack index that has the series, or every country. */
  unit: 'pair' | 'country';
  /** First and last year of the values pooled. */
  years: [number, number];
  /** Lower and upper percentile (0-1). */
  percentiles: [number, number];
  /** Percentiles of log10 values (zeros sort first) or of the values. */
  scale: 'log' | 'linear';
}

/** Indicators whose goalposts are derived from the committed pack. */
const wdi = (id: string, scale: 'log' | 'linear'): PackGoalpostSpec => ({
  id,
  unit: 'country',
  years: [2000, 2025],
  percentiles: [0.05, 0.95],
  scale,
});

/**
 * Indicators whose goalposts are derived from the committed pack (the
 * framework notes say which units, years and percentiles).
 */
export const PACK_GOALPOSTS: readonly PackGoalpostSpec[] = [
  {
    // one value per attributed pair and year: the rate is a property of the
    // regions of incident (their deaths over the stock of every corridor
    // attributed to them), not of the pair's own stock, so small pairs are no noise
    id: 'corridor_deaths_per_100k_migrants',
    unit: 'pair',
    years: [2014, 2024],
    percentiles: [0.05, 0.95],
    scale: 'log',
  },
  wdi('gdp_pc_usd', 'log'),
  wdi('homicide_rate', 'log'),
  wdi('remittances_gdp', 'log'),
  wdi('poverty_extreme', 'linear'),
  wdi('gini', 'linear'),
  wdi('unemployment', 'linear'),
  wdi('youth_unemployment_female', 'linear'),
  wdi('youth_unemployment_male', 'linear'),
  wdi('vulnerable_employment_female', 'linear'),
  wdi('vulnerable_employment_male', 'linear'),
  wdi('tertiary_enrolment', 'linear'),
];

export interface DerivedGoalposts {
  spec: PackGoalpostSpec;
  /** Pairs or countries contributing at least one value. */
  units: number;
  /** Values pooled (unit-years). */
  values: number;
  zeros: number;
  /** Unrounded percentiles. */
  exact: [number, number];
  /** Rounded to two significant figures, as the catalogue states them. */
  goalposts: [number, number];
}

/** Two significant figures (the precision of every goalpost in the framework). */
export const twoFigures = (x: number): number => Number(x.toPrecision(2));

/** The series' values in the years of the spec, per pair or country that has any. */
function unitValues(pack: LoadedPack, spec: PackGoalpostSpec): number[][] {
  const [from, to] = spec.years;
  const out: number[][] = [];
  const keep = (points: readonly Point[] | undefined) => {
    const v = (points ?? [])
      .filter((p) => p[0] >= from && p[0] <= to && Number.isFinite(p[1]))
      .map((p) => p[1]);
    if (v.length > 0) out.push(v);
  };
  if (spec.unit === 'pair') {
    // the same computation as factsFromShards, for this one series only
    const derived = PAIR_DERIVATIONS.find((d) => d.meta.id === spec.id);
    const routeTable = new Map<string, RouteRegion>(pack.manifest.routes.map((r) => [r.region, r]));
    for (const [o, d] of pack.index.corridors) {
      const origin = pack.shards.get(o);
      const destination = pack.shards.get(d);
      if (!origin || !destination) continue;
      const pair = origin.pairs[d] ?? {};
      if (!derived) {
        keep(pair[spec.id]);
        continue;
      }
      const routes = origin.routes?.[d] ?? [];
      const context = { origin: o, destination: d, o: origin.series, d: destination.series };
      keep(derived.compute({ ...context, pair, routes, routeTable }));
    }
  } else {
    const derived = COUNTRY_DERIVATIONS.find((d) => d.meta.id === spec.id);
    for (const shard of pack.shards.values()) {
      keep(derived ? derived.compute(shard.series) : shard.series[spec.id]);
    }
  }
  return out;
}

/**
 * @param pack - the loaded pack
 * @param spec - which series, units, years and percentiles
 * @returns the goalposts with the counts behind them
 * @example deriveGoalposts(loadPack('data/pack'), PACK_GOALPOSTS[0]).goalposts
 */
export function deriveGoalposts(pack: LoadedPack, spec: PackGoalpostSpec): DerivedGoalposts {
  const perUnit = unitValues(pack, spec);
  const all = perUnit.flat();
  const t = spec.scale === 'log' ? (x: number) => Math.log10(x) : (x: number) => x;
  const back = spec.scale === 'log' ? (x: number) => 10 ** x : (x: number) => x;
  const sorted = all.map(t).sort((a, b) => a - b);
  const q = (p: number) => {
    const v = quantileType7(sorted, p);
    return Number.isNaN(v) ? 0 : back(v);
  };
  const exact: [number, number] = [q(spec.percentiles[0]), q(spec.percentiles[1])];
  return {
    spec,
    units: perUnit.length,
    values: all.length,
    zeros: all.filter((x) => x === 0).length,
    exact,
    goalposts: [twoFigures(exact[0]), twoFigures(exact[1])],
  };
}
