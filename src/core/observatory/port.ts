/**
 * The observatory's data port: everything a page needs, read through one
 * small interface. The open-data pack implements it (src/adapters/site);
 * tests implement it in memory. Codes are ISO 3166 alpha-3 (plus the
 * sources' own few exceptions, e.g. CHI, XKX).
 * @module
 */

/** One yearly observation. */
export interface Point {
  year: number;
  value: number;
}

/** One observation for a sub-annual period such as `2020Q3`. */
export interface PeriodPoint {
  period: string;
  value: number;
}

/** A published dataset the pages cite. */
export interface SourceRef {
  /** Stable id used in downloads, e.g. `undesa_ims2020` (the pack's source ids). */
  id: string;
  /** Who published it and the edition: "UN DESA, International Migrant Stock 2020". */
  name: string;
  /** The name without qualifiers, for figure captions. */
  short: string;
  /** Edition, release or "as of" date as the publisher states it. */
  vintage: string;
  licence: string;
  url: string;
}

export interface CountryRef {
  iso3: string;
  name: string;
  /** UN M49 region (Africa, Americas, Asia, Europe, Oceania); empty when unknown. */
  region: string;
  /** UN M49 sub-region, or the intermediate region where the M49 has one (Caribbean, ...). */
  subregion: string;
}

/** A bilateral pair of the UN DESA matrix with its latest stock. */
export interface PairRef {
  origin: string;
  destination: string;
  /** Migrants born in origin living in destination, mid-2020. */
  stock: number;
}

export interface RefugeeYear {
  year: number;
  refugees: number | null;
  asylumSeekers: number | null;
}

/** What the open data say about one origin-destination pair. */
export interface CorridorFacts {
  origin: string;
  destination: string;
  /** UN DESA bilateral stock, 1990-2020 every 5 years; absent years are missing. */
  stock: Point[];
  /** The origin's emigrants to all destinations in the same matrix, by year. */
  originEmigrants: Point[];
  /** KNOMAD estimated remittances sent from destination to origin, US$. */
  remittances: Point | null;
  /** RPW average total cost of sending US$200 from destination to origin, %. */
  cost: PeriodPoint[];
  /** UNHCR refugees and asylum seekers from origin in destination (country of asylum). */
  refugees: RefugeeYear[];
  /** IOM regions of incident the source attributes this corridor to; absent: the page model decides. */
  routeRegions?: string[];
  /** Remittances per migrant as the source derives it; absent: remittances / latest stock. */
  remittancesPerMigrant?: { year: number; value: number; note: string } | null;
}

/** Country-year series for one country. */
export interface CountryFacts extends CountryRef {
  gdpPerCapitaPpp: Point[];
  hdi: Point[];
  unemployment: Point[];
  population: Point[];
  remittancesReceived: Point[];
}

/** IOM Missing Migrants: dead and missing by region of incident. */
export interface RegionDeaths {
  region: string;
  points: Point[];
}

/** The open-data pack's own identity, for "how to cite". */
export interface DataVintage {
  /** Pack version or content hash. */
  version: string;
  /** When the pack was built (ISO date), when it records it. */
  builtAt: string | null;
  sources: SourceRef[];
}

/** The port the page model reads. Implementations must be deterministic. */
export interface ObservatorySource {
  vintage(): DataVintage;
  countries(): CountryRef[];
  /** Every pair with a positive 2020 stock. */
  pairs(): PairRef[];
  corridor(origin: string, destination: string): CorridorFacts;
  country(iso3: string): CountryFacts | null;
  /** Dead and missing migrants for each IOM region of incident. */
  deathsByRegion(): RegionDeaths[];
}

/** Source ids the page model names; implementations should list each in vintage(). */
export const SOURCE_IDS = {
  stock: 'undesa_ims2020',
  remittances: 'knomad_brm2018',
  cost: 'wb_rpw',
  refugees: 'unhcr_rdf',
  deaths: 'iom_mmp',
  wdi: 'wb_wdi',
  hdi: 'undp_hdr2023_24',
  codes: 'iso_m49',
} as const;
