/**
 * What the open data say about one corridor: every stored and derived series
 * of the pair and of each end, with year, value, unit, source, licence,
 * vintage and official code. `corridorFacts` reads two or three shards.
 * @module
 */
import type { Failed, PathIssue } from '../contract/issue.ts';
import { COUNTRY_DERIVATIONS, PAIR_DERIVATIONS } from './derive/index.ts';
import type { PackReader } from './reader.ts';
import { closestCode } from './suggest.ts';
import type { PackManifest, Point, RouteRegion, SeriesMeta, SeriesSet, Shard } from './types.ts';

export type FactSide = 'origin' | 'destination' | 'transit' | 'corridor';

export interface FactPoint {
  year: number;
  value: number;
  /** What is particular to this value (quarters averaged, a visa category, ...). */
  note?: string;
}

export interface FactSeries {
  /** Series id; the catalogue indicator id where one matches. */
  indicator: string;
  label: string;
  side: FactSide;
  /** ISO3 of the side's country; '' for the corridor itself. */
  country: string;
  unit: string;
  /** Source titles, `; `-separated. */
  source: string;
  licence: string;
  vintage: string;
  /** Official code, or what the derivation combines. */
  code: string;
  note: string;
  formula?: string;
  confidence: 'high' | 'medium' | 'low';
  points: FactPoint[];
}

export interface CorridorFacts {
  id: string;
  origin: string;
  destination: string;
  transit?: string;
  names: Record<string, string>;
  packVersion: string;
  /** Latest year of any value of this corridor. */
  latestYear: number;
  /** Latest UN DESA stock of the pair and its year. */
  stock: { year: number; value: number };
  /** Missing Migrants regions the corridor is attributed to. */
  routes: string[];
  series: FactSeries[];
  /** Every source behind the series, once, with its vintage and licence. */
  sources: { id: string; title: string; vintage: string; licence: string; url: string }[];
}

/**
 * Why the pack has no facts for a corridor: the corridor id as `path`; the
 * message is one line naming what was asked and the closest valid code.
 */
export type CorridorIssue = PathIssue & {
  code: 'unknown_country' | 'no_migrants' | 'same_country';
  suggestion?: string;
};

export type FactsResult = { ok: true; facts: CorridorFacts } | Failed<CorridorIssue>;

function describe(manifest: PackManifest, meta: SeriesMeta) {
  const sources = meta.sources.map((id) => manifest.sources.find((s) => s.id === id));
  const pick = (f: (s: NonNullable<(typeof sources)[number]>) => string) =>
    [...new Set(sources.flatMap((s) => (s ? [f(s)] : [])))].join('; ');
  return {
    source: pick((s) => s.title),
    licence: pick((s) => `${s.publisher}: ${s.licence}`),
    vintage: pick((s) => s.vintage),
  };
}

function toSeries(
  manifest: PackManifest,
  meta: SeriesMeta,
  side: FactSide,
  country: string,
  points: readonly Point[],
): FactSeries {
  return {
    indicator: meta.id,
    label: meta.label,
    side,
    country,
    unit: meta.unit,
    ...describe(manifest, meta),
    code: meta.code,
    note: meta.note,
    ...(meta.formula ? { formula: meta.formula } : {}),
    confidence: meta.confidence,
    points: [...points]
      .sort((a, b) => a[0] - b[0])
      .map((p) => ({ year: p[0], value: p[1], ...(p[2] ? { note: p[2] } : {}) })),
  };
}

/** Stored plus derived country series of one shard. */
function countrySeries(shard: Shard | undefined): Map<string, Point[]> {
  const out = new Map<string, Point[]>(Object.entries(shard?.series ?? {}));
  const stored = shard?.series ?? {};
  for (const d of COUNTRY_DERIVATIONS) {
    const points = d.compute(stored);
    if (points.length > 0) out.set(d.meta.id, points);
  }
  return out;
}

export interface CorridorShards {
  origin: Shard;
  destination: Shard;
  transit?: Shard;
}

/** The facts of a corridor whose shards are already read. */
export function factsFromShards(
  manifest: PackManifest,
  shards: CorridorShards,
  transit?: string,
): CorridorFacts {
  const origin = shards.origin.country;
  const destination = shards.destination.country;
  const metas = new Map(manifest.series.map((m) => [m.id, m]));
  const pair: SeriesSet = shards.origin.pairs[destination] ?? {};
  const routes = shards.origin.routes?.[destination] ?? [];
  const routeTable = new Map<string, RouteRegion>(manifest.routes.map((r) => [r.region, r]));
  const series: FactSeries[] = [];
  const add = (id: string, side: FactSide, country: string, points: readonly Point[]) => {
    const meta = metas.get(id);
    if (meta && points.length > 0) series.push(toSeries(manifest, meta, side, country, points));
  };
  for (const [id, points] of Object.entries(pair)) add(id, 'corridor', '', points);
  const context = {
    origin,
    destination,
    o: shards.origin.series,
    d: shards.destination.series,
    pair,
    routes,
    routeTable,
  };
  for (const d of PAIR_DERIVATIONS) add(d.meta.id, 'corridor', '', d.compute(context));
  const ends: [FactSide, Shard | undefined][] = [
    ['origin', shards.origin],
    ['destination', shards.destination],
    ...(transit ? ([['transit', shards.transit]] as [FactSide, Shard | undefined][]) : []),
  ];
  for (const [side, shard] of ends) {
    for (const [id, points] of countrySeries(shard))
      add(id, side, shard?.country ?? transit ?? '', points);
  }
  const stockPoints = pair.corridor_stock ?? [];
  const last = stockPoints[stockPoints.length - 1];
  const latestYear = Math.max(0, ...series.flatMap((s) => s.points.map((p) => p.year)));
  const names: Record<string, string> = {};
  for (const code of [origin, destination, ...(transit ? [transit] : [])]) {
    names[code] = manifest.countries[code]?.name ?? code;
  }
  const used = new Set(series.flatMap((x) => metas.get(x.indicator)?.sources ?? []));
  const sources = manifest.sources
    .filter((x) => used.has(x.id))
    .map((x) => ({
      id: x.id,
      title: x.title,
      vintage: x.vintage,
      licence: `${x.publisher}: ${x.licence}`,
      url: x.url,
    }));
  return {
    id: transit ? `${origin}-${transit}-${destination}` : `${origin}-${destination}`,
    origin,
    destination,
    ...(transit ? { transit } : {}),
    names,
    packVersion: manifest.version,
    latestYear,
    stock: { year: last?.[0] ?? 0, value: last?.[1] ?? 0 },
    routes: [...routes],
    series,
    sources,
  };
}

const hasMigrants = (shard: Shard, destination: string) =>
  (shard.pairs[destination]?.corridor_stock ?? []).some((p) => p[1] > 0);

function unknown(
  manifest: PackManifest,
  corridor: string,
  role: string,
  code: string,
): Failed<CorridorIssue> {
  const suggestion = closestCode(code, manifest.countries);
  return failed({
    code: 'unknown_country',
    path: corridor,
    severity: 'error',
    message: `${role} "${code}" is not a country of the open-data pack${suggestion ? `; did you mean ${suggestion} (${manifest.countries[suggestion]?.name})?` : '; use an ISO 3166 alpha-3 code such as NPL'}`,
    ...(suggestion ? { suggestion } : {}),
  });
}

const failed = (issue: CorridorIssue): Failed<CorridorIssue> => ({ ok: false, issues: [issue] });

/**
 * Everything the pack knows about one corridor, or one line saying why not.
 * @example
 * const r = await corridorFacts(reader, 'NPL', 'QAT');
 * if (r.ok) r.facts.series.find((s) => s.indicator === 'corridor_stock')?.points.at(-1);
 * // => { year: 2020, value: ... }
 */
export async function corridorFacts(
  reader: PackReader,
  origin: string,
  destination: string,
  transit?: string,
): Promise<FactsResult> {
  const manifest = await reader.manifest();
  const o = origin.trim().toUpperCase();
  const d = destination.trim().toUpperCase();
  const t = transit?.trim().toUpperCase() || undefined;
  const corridor = t ? `${o}-${t}-${d}` : `${o}-${d}`;
  if (o === d) {
    return failed({
      code: 'same_country',
      path: corridor,
      severity: 'error',
      message: `corridor ${o}-${d} has the same origin and destination`,
    });
  }
  const [os, ds, ts] = await Promise.all([
    manifest.countries[o] ? reader.shard(o) : undefined,
    manifest.countries[d] ? reader.shard(d) : undefined,
    t && manifest.countries[t] ? reader.shard(t) : undefined,
  ]);
  if (!os) return unknown(manifest, corridor, 'origin', o);
  if (!ds) return unknown(manifest, corridor, 'destination', d);
  if (t && !ts) return unknown(manifest, corridor, 'transit', t);
  if (!hasMigrants(os, d)) {
    const top = Object.entries(os.pairs)
      .map(([dest, s]) => [dest, s.corridor_stock?.at(-1)?.[1] ?? 0] as const)
      .filter(([, v]) => v > 0)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([dest]) => `${o}-${dest}`);
    return failed({
      code: 'no_migrants',
      path: corridor,
      severity: 'error',
      message: `corridor ${o}-${d}: UN DESA 2020 records no migrants from ${manifest.countries[o]?.name} in ${manifest.countries[d]?.name} (1990-2020)${top.length ? `; the largest corridors from ${o} are ${top.join(', ')}` : ''}`,
      ...(top[0] ? { suggestion: top[0] } : {}),
    });
  }
  return {
    ok: true,
    facts: factsFromShards(
      manifest,
      { origin: os, destination: ds, ...(ts ? { transit: ts } : {}) },
      t,
    ),
  };
}
