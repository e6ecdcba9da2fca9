/**
 * Turns the normalised series into the pack: aggregates, route attribution,
 * one shard per country, the corridor index and the manifest's metadata.
 * Pure apart from the hash function it is given.
 * @module
 */
import { encodeSet, type StoredShard } from '../../src/core/pack/codec.ts';
import {
  DERIVED_SERIES,
  placeOf,
  routeRegions,
  routeTable,
  sumByOrigin,
} from '../../src/core/pack/derive/index.ts';
import { BILATERAL_SERIES, COUNTRY_SERIES } from '../../src/core/pack/series.ts';
import { SOURCES } from '../../src/core/pack/sources.ts';
import {
  type IndexRow,
  PACK_FORMAT_VERSION,
  type PackIndex,
  type PackManifest,
  type Point,
  type SeriesSet,
  type Shard,
} from '../../src/core/pack/types.ts';
import { num } from '../example/table.ts';
import { push, type Raw } from './read-sources.ts';

export interface PackFiles {
  /** Relative path -> JSON text. */
  files: Map<string, string>;
  manifest: PackManifest;
}

const sortPoints = (points: Point[]) =>
  points.sort((a, b) => a[0] - b[0] || String(a[2] ?? '').localeCompare(String(b[2] ?? '')));

function sortedSet(map: Map<string, Point[]> | undefined): SeriesSet {
  const out: SeriesSet = {};
  for (const id of [...(map?.keys() ?? [])].sort()) out[id] = sortPoints(map!.get(id)!);
  return out;
}

export function assemblePack(
  raw: Raw,
  sha256: (text: string) => string,
  fileHashes: Map<string, string>,
): PackFiles {
  const coverage: Record<string, number> = {};
  // Aggregates over whole tables, before pairs are cut to the corridor universe.
  const stockRows = [...raw.pairs].flatMap(([key, set]) =>
    (set.get('corridor_stock') ?? []).map((p) => {
      const [origin, destination] = key.split('>') as [string, string];
      return { origin, destination, year: p[0], value: p[1] };
    }),
  );
  for (const [origin, points] of sumByOrigin(stockRows)) {
    for (const p of points) push(raw.country, origin, 'emigrants_total', [p[0], p[1]]);
  }
  const byDestination = stockRows.map((r) => ({
    ...r,
    origin: r.destination,
    destination: r.origin,
  }));
  for (const [destination, points] of sumByOrigin(byDestination)) {
    for (const p of points) push(raw.country, destination, 'immigrants_matrix_total', [p[0], p[1]]);
  }
  for (const [column, id] of [
    ['refugees', 'refugees_from_origin'],
    ['asylum_seekers', 'asylum_seekers_from_origin'],
  ] as const) {
    const rows = raw.unhcrRows
      .filter((r) => r.origin_code && raw.countries[r.origin_code])
      .map((r) => ({
        origin: r.origin_code!,
        destination: r.asylum_country_code!,
        year: Number(r.year),
        value: num(r[column]),
      }));
    for (const [origin, points] of sumByOrigin(rows))
      for (const p of points) push(raw.country, origin, id, p);
  }
  // The corridor universe: pairs with migrants in UN DESA 2020 at some year.
  const universe = new Map<string, Map<string, Point[]>>();
  const matched: Record<string, number> = {};
  const total: Record<string, number> = {};
  for (const [key, set] of raw.pairs) {
    const inUniverse = (set.get('corridor_stock') ?? []).some((p) => p[1] > 0);
    for (const id of set.keys()) {
      total[id] = (total[id] ?? 0) + 1;
      if (inUniverse) matched[id] = (matched[id] ?? 0) + 1;
    }
    if (inUniverse) universe.set(key, set);
  }
  for (const id of Object.keys(total)) {
    coverage[`pairs_${id}`] = total[id]!;
    coverage[`pairs_${id}_with_migrants`] = matched[id] ?? 0;
  }
  // Route attribution and the index.
  const attributed: { regions: string[]; stock: Point[] }[] = [];
  const routesByPair = new Map<string, string[]>();
  const index: IndexRow[] = [];
  for (const [key, set] of universe) {
    const [o, d] = key.split('>') as [string, string];
    const stock = sortPoints(set.get('corridor_stock') ?? []);
    const regions = routeRegions(placeOf(o, raw.countries[o]), placeOf(d, raw.countries[d]));
    if (regions.length > 0) {
      routesByPair.set(key, regions);
      attributed.push({ regions, stock });
    }
    const last = stock[stock.length - 1]!;
    index.push([o, d, last[1], last[0]]);
  }
  index.sort((a, b) => b[2] - a[2] || a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));
  const routes = routeTable(raw.deaths, attributed);
  coverage.pairs_with_route = routesByPair.size;
  coverage.corridors = index.length;
  coverage.corridors_1000_plus = index.filter((r) => r[2] >= 1000).length;
  coverage.stock_latest_total = index.reduce((s, r) => s + r[2], 0);
  // Shards: every country with a series or a corridor.
  const codes = new Set<string>([...raw.country.keys()]);
  for (const key of universe.keys()) for (const c of key.split('>')) codes.add(c);
  const files = new Map<string, string>();
  const shards: PackManifest['shards'] = {};
  let latestYear = 0;
  for (const code of [...codes].sort()) {
    if (!raw.countries[code]) continue;
    const pairs: Record<string, SeriesSet> = {};
    const routesOf: Record<string, string[]> = {};
    for (const [key, set] of universe) {
      if (!key.startsWith(`${code}>`)) continue;
      const d = key.slice(4);
      pairs[d] = sortedSet(set);
      const r = routesByPair.get(key);
      if (r) routesOf[d] = r;
    }
    const sortedPairs: Record<string, SeriesSet> = {};
    for (const d of Object.keys(pairs).sort()) sortedPairs[d] = pairs[d]!;
    const shard: Shard = {
      country: code,
      series: sortedSet(raw.country.get(code)),
      pairs: sortedPairs,
      ...(Object.keys(routesOf).length ? { routes: routesOf } : {}),
    };
    for (const set of [shard.series, ...Object.values(shard.pairs)]) {
      for (const points of Object.values(set))
        latestYear = Math.max(latestYear, points[points.length - 1]?.[0] ?? 0);
    }
    const file = `shards/${code}.json`;
    const stored: StoredShard = {
      country: code,
      series: encodeSet(shard.series),
      pairs: Object.fromEntries(Object.entries(shard.pairs).map(([d, set]) => [d, encodeSet(set)])),
      ...(shard.routes ? { routes: shard.routes } : {}),
    };
    const text = JSON.stringify(stored);
    files.set(file, text);
    shards[code] = { file, sha256: sha256(text), bytes: Buffer.byteLength(text) };
  }
  const indexText = JSON.stringify({ corridors: index } satisfies PackIndex);
  files.set('index.json', indexText);
  coverage.countries = Object.keys(shards).length;
  const countries: PackManifest['countries'] = {};
  for (const code of Object.keys(shards)) countries[code] = raw.countries[code]!;
  const sources = SOURCES.map((s) => ({
    ...s,
    files: s.files.map((file) => ({
      file,
      sha256: fileHashes.get(file) ?? '',
      rows: raw.rows.get(file) ?? 0,
    })),
  }));
  const series = [...COUNTRY_SERIES, ...BILATERAL_SERIES, ...DERIVED_SERIES];
  // Every value and every piece of metadata a reader sees goes into the hash.
  const contentHash = sha256(
    [...files.keys()]
      .sort()
      .map((f) => `${f}\n${sha256(files.get(f)!)}`)
      .concat(JSON.stringify({ routes, sources, series, countries }))
      .join('\n'),
  );
  const manifest: PackManifest = {
    format: 'corridor-monitor-open-data-pack',
    formatVersion: PACK_FORMAT_VERSION,
    version: `${PACK_FORMAT_VERSION}.${contentHash.slice(0, 8)}`,
    contentHash,
    latestYear,
    sources: SOURCES.map((s) => ({
      ...s,
      files: s.files.map((file) => ({
        file,
        sha256: fileHashes.get(file) ?? '',
        rows: raw.rows.get(file) ?? 0,
      })),
    })),
    series: [...COUNTRY_SERIES, ...BILATERAL_SERIES, ...DERIVED_SERIES],
    countries,
    shards,
    routes,
    coverage,
  };
  files.set('manifest.json', JSON.stringify(manifest, null, 1));
  return { files, manifest };
}
