/**
 * The open-data pack (src/core/pack) as the observatory's source. The pack
 * is the single source of every figure: stored series as they are, derived
 * series (remittances per migrant, route attribution of the Missing
 * Migrants regions) as the pack computes them.
 * @module
 */
import { PAIR_DERIVATIONS, type PairContext } from '../pack/derive/index.ts';
import type { LoadedPack } from '../pack/reader.ts';
import type { Point as PackPoint, RouteRegion, Shard } from '../pack/types.ts';
import { displayName } from './display-names.ts';
import type {
  CorridorFacts,
  CountryFacts,
  CountryRef,
  ObservatorySource,
  PairRef,
  Point,
  SourceRef,
} from './port.ts';

/** The pack's note on ILO-modelled series: values from this year on are projections, not shown as data. */
export const ILO_PROJECTIONS_FROM = 2024;

const points = (series: readonly PackPoint[] | undefined, scale = 1): Point[] =>
  (series ?? []).map((p) => ({ year: p[0], value: p[1] * scale }));

const EMPTY_SHARD = (country: string): Shard => ({ country, series: {}, pairs: {} });

export function packSource(pack: LoadedPack): ObservatorySource {
  const { manifest, index, shards } = pack;
  const countries: CountryRef[] = Object.entries(manifest.countries).map(([iso3, c]) => ({
    iso3,
    name: displayName(iso3, c.name),
    region: c.region,
    subregion: c.intermediateRegion || c.subregion,
  }));
  const byCode = new Map(countries.map((c) => [c.iso3, c]));
  const sources: SourceRef[] = manifest.sources.map((s) => ({
    id: s.id,
    name: s.title,
    short: s.title.replace(/\s*\(.*\)\s*$/, ''),
    vintage: s.vintage,
    licence: s.licence,
    url: s.url,
  }));
  const shard = (code: string) => shards.get(code) ?? EMPTY_SHARD(code);
  const routeTable = new Map<string, RouteRegion>(manifest.routes.map((r) => [r.region, r]));
  const perMigrantRule = PAIR_DERIVATIONS.find((d) => d.meta.id === 'remittance_per_migrant');
  return {
    vintage: () => ({ version: manifest.version, builtAt: null, sources }),
    countries: () => countries,
    pairs: (): PairRef[] =>
      index.corridors
        .filter((r) => r[3] === 2020 && r[2] > 0)
        .map((r) => ({ origin: r[0], destination: r[1], stock: r[2] })),
    corridor: (origin, destination): CorridorFacts => {
      const o = shard(origin);
      const pair = o.pairs[destination] ?? {};
      const routes = o.routes?.[destination] ?? [];
      // only the one derivation the page shows: the pack's formula, not a copy of it
      const context: PairContext = {
        origin,
        destination,
        o: o.series,
        d: shard(destination).series,
        pair,
        routes,
        routeTable,
      };
      const last = perMigrantRule?.compute(context).at(-1);
      const perMigrant = last ? { year: last[0], value: last[1] } : undefined;
      const refugees = new Map<number, { refugees: number | null; asylumSeekers: number | null }>();
      for (const p of pair.corridor_refugees ?? [])
        refugees.set(p[0], { refugees: p[1], asylumSeekers: null });
      for (const p of pair.corridor_asylum_seekers ?? [])
        refugees.set(p[0], { refugees: refugees.get(p[0])?.refugees ?? null, asylumSeekers: p[1] });
      const remittances = pair.corridor_remittances?.at(-1);
      return {
        origin,
        destination,
        stock: points(pair.corridor_stock),
        originEmigrants: points(o.series.emigrants_total),
        remittances: remittances ? { year: remittances[0], value: remittances[1] * 1e6 } : null,
        cost: (pair.rpw_cost_quarterly ?? []).map((p) => ({
          period: `${p[0]}${p[2] ?? ''}`,
          value: p[1],
        })),
        refugees: [...refugees.entries()]
          .sort((a, b) => a[0] - b[0])
          .map(([year, r]) => ({ year, ...r })),
        routeRegions: [...routes],
        remittancesPerMigrant: perMigrant
          ? {
              year: perMigrant.year,
              value: perMigrant.value,
              note: `Remittances ${perMigrant.year} divided by migrants at mid-${perMigrant.year} (interpolated between the UN DESA 2015 and 2020 estimates).`,
            }
          : null,
      };
    },
    country: (iso3): CountryFacts | null => {
      const ref = byCode.get(iso3);
      const s = shards.get(iso3);
      if (!ref || !s) return null;
      return {
        ...ref,
        gdpPerCapitaPpp: points(s.series.gdp_pc_ppp),
        hdi: points(s.series.hdi),
        unemployment: points(s.series.unemployment).filter((p) => p.year < ILO_PROJECTIONS_FROM),
        population: points(s.series.population),
        remittancesReceived: points(s.series.remittances_received_usd),
      };
    },
    deathsByRegion: () =>
      manifest.routes.map((r) => ({
        region: r.region,
        points: Object.entries(r.years)
          .map(([year, v]) => ({ year: Number(year), value: v[0] }))
          .sort((a, b) => a.year - b.year),
      })),
  };
}
