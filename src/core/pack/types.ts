/**
 * The open-data pack: its manifest, one shard per country and the facts a
 * corridor gets from it. Plain JSON, so any runtime can read it.
 * @module
 */

/** Format version of the files; bumped when the JSON shape changes. */
export const PACK_FORMAT_VERSION = 1;

/**
 * One observation: `[year, value]`, or `[year, value, tag]` where the tag
 * carries what the value cannot (an RPW quarter, a visa category, a party year).
 */
export type Point = [number, number] | [number, number, string];

/** Series id -> points sorted by year. */
export type SeriesSet = Record<string, Point[]>;

export interface SourceMeta {
  id: string;
  /** As written in a template's source column. */
  title: string;
  publisher: string;
  /** Release, revision or snapshot date of the extract. */
  vintage: string;
  licence: string;
  /** Publisher's page for the data. */
  url: string;
  /** Extract file(s) in data/ and where they were taken from. */
  files: { file: string; sha256: string; rows: number }[];
  takenFrom: string;
}

export type SeriesLevel = 'country' | 'bilateral';

export interface SeriesMeta {
  id: string;
  label: string;
  unit: string;
  level: SeriesLevel;
  /** Source ids, first = main. */
  sources: string[];
  /** Official code (WDI series, SDG series, ...) or `derived`. */
  code: string;
  /** What a template note says about every value of the series. */
  note: string;
  /** For derived series: the formula, in words and symbols. */
  formula?: string;
  /** For derived series: the series it is computed from. */
  inputs?: string[];
  confidence: 'high' | 'medium' | 'low';
}

/** A route region of the Missing Migrants Project with the stock attributed to it. */
export interface RouteRegion {
  region: string;
  /** Year -> [dead and missing, stock of the corridors attributed to the region]. */
  years: Record<string, [number, number]>;
}

export interface PackManifest {
  format: 'corridor-monitor-open-data-pack';
  formatVersion: number;
  /** `YYYY.MM.DD-<first 8 hex of the content hash>`: changes whenever any value does. */
  version: string;
  /** sha256 over every shard, the index and the routes, in file-name order. */
  contentHash: string;
  /** Latest year with a value in any series (the default end of a reference period). */
  latestYear: number;
  sources: SourceMeta[];
  series: SeriesMeta[];
  /** ISO3 -> name and UN M49 region, for every country with a shard. */
  countries: Record<string, CountryInfo>;
  /** Shard file name per country (relative to the pack folder) and its sha256. */
  shards: Record<string, { file: string; sha256: string; bytes: number }>;
  /** Missing Migrants regions and the attribution of corridors to them. */
  routes: RouteRegion[];
  /** Counts measured at build time (quoted in docs/open-data-pack.md). */
  coverage: Record<string, number>;
}

export interface CountryInfo {
  name: string;
  region: string;
  subregion: string;
  intermediateRegion: string;
}

/** One country's file: its own series and the corridors it is the origin of. */
export interface Shard {
  country: string;
  series: SeriesSet;
  /** Destination -> bilateral series of origin `country` to that destination. */
  pairs: Record<string, SeriesSet>;
  /** Destination -> Missing Migrants regions the corridor is attributed to. */
  routes?: Record<string, string[]>;
}

/** A row of the corridor index (index.json): every pair with migrants. */
export type IndexRow = [origin: string, destination: string, stock: number, stockYear: number];

export interface PackIndex {
  /** Sorted by stock, largest first. */
  corridors: IndexRow[];
}
