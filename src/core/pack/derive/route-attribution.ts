/**
 * Which Missing Migrants regions of incident a corridor is attributed to.
 * Regions are not corridors and victims are of every nationality, so this is
 * a documented simplification by UN M49 region of origin and destination:
 * a corridor is attributed to a region when migrants from the origin to the
 * destination plausibly cross it irregularly. Deaths of a region are shared
 * among the corridors attributed to it in proportion to their stock, so the
 * rate per 100,000 migrants is the same for every corridor of a region.
 * @module
 */
import type { CountryInfo } from '../types.ts';

export interface Place {
  code: string;
  /** UN M49 region (Africa, Americas, Asia, Europe, Oceania). */
  region: string;
  /** The intermediate region where M49 has one, else the subregion. */
  area: string;
}

export function placeOf(code: string, info: CountryInfo | undefined): Place | undefined {
  if (!info?.region) return undefined;
  return { code, region: info.region, area: info.intermediateRegion || info.subregion };
}

const SUB_SAHARAN = new Set([
  'Eastern Africa',
  'Western Africa',
  'Middle Africa',
  'Southern Africa',
]);
/** Western Asian countries of departure on the Eastern Mediterranean and Balkan routes. */
const WEST_ASIA_DEPARTURE = new Set(['SYR', 'IRQ', 'YEM', 'PSE', 'LBN']);
/** Western Asian destinations that are not Gulf or Turkish destinations of irregular routes. */
const WEST_ASIA_NOT_DESTINATION = new Set(['CYP', 'GEO', 'ARM', 'AZE', 'ISR']);
const AMERICAS_SOUTH = new Set(['Central America', 'South America', 'Caribbean']);

/** Southern Asian countries of departure on the Mediterranean and Balkan routes. */
const SOUTH_ASIA_DEPARTURE = new Set(['AFG', 'PAK', 'BGD', 'IRN', 'LKA']);
const towardsEurope = (o: Place) =>
  o.region === 'Africa' || SOUTH_ASIA_DEPARTURE.has(o.code) || WEST_ASIA_DEPARTURE.has(o.code);

export interface RouteRule {
  region: string;
  why: string;
  applies: (o: Place, d: Place) => boolean;
}

export const ROUTE_RULES: readonly RouteRule[] = [
  {
    region: 'North America',
    why: 'origin in Latin America or the Caribbean, destination in Northern America (US-Mexico border)',
    applies: (o, d) => d.area === 'Northern America' && AMERICAS_SOUTH.has(o.area),
  },
  {
    region: 'Central America',
    why: 'origin in South America or the Caribbean (or Central America other than Mexico) to Northern America or Central America (Darien, Mexico transit)',
    applies: (o, d) =>
      AMERICAS_SOUTH.has(o.area) &&
      o.code !== 'MEX' &&
      (d.area === 'Northern America' ||
        (d.area === 'Central America' && o.area !== 'Central America')),
  },
  {
    region: 'Caribbean',
    why: 'origin in the Caribbean, destination elsewhere in the Americas (sea crossings)',
    applies: (o, d) => o.area === 'Caribbean' && d.region === 'Americas',
  },
  {
    region: 'South America',
    why: 'origin in South America, destination elsewhere in the Americas',
    applies: (o, d) => o.area === 'South America' && d.region === 'Americas',
  },
  {
    region: 'Mediterranean',
    why: 'origin in Africa, Afghanistan, Pakistan, Bangladesh, Iran, Sri Lanka, Syria, Iraq, Yemen, Palestine or Lebanon, destination in Europe',
    applies: (o, d) => d.region === 'Europe' && towardsEurope(o),
  },
  {
    region: 'Europe',
    why: 'same corridors as the Mediterranean (deaths inside Europe: Balkans, Channel, eastern land borders)',
    applies: (o, d) => d.region === 'Europe' && towardsEurope(o),
  },
  {
    region: 'Northern Africa',
    why: 'origin in sub-Saharan Africa, destination in Northern Africa or Europe (Sahara crossing)',
    applies: (o, d) =>
      SUB_SAHARAN.has(o.area) && (d.area === 'Northern Africa' || d.region === 'Europe'),
  },
  {
    region: 'Western Africa',
    why: 'origin in Western Africa, destination in Northern Africa or Europe (Atlantic route, Sahel)',
    applies: (o, d) =>
      o.area === 'Western Africa' && (d.area === 'Northern Africa' || d.region === 'Europe'),
  },
  {
    region: 'Eastern Africa',
    why: 'origin in Eastern Africa, destination in Western Asia, Northern or Southern Africa or Europe',
    applies: (o, d) =>
      o.area === 'Eastern Africa' &&
      (d.area === 'Western Asia' ||
        d.area === 'Northern Africa' ||
        d.area === 'Southern Africa' ||
        d.region === 'Europe'),
  },
  {
    region: 'Middle Africa',
    why: 'origin in Middle Africa, destination in Northern or Southern Africa or Europe',
    applies: (o, d) =>
      o.area === 'Middle Africa' &&
      (d.area === 'Northern Africa' || d.area === 'Southern Africa' || d.region === 'Europe'),
  },
  {
    region: 'Southern Africa',
    why: 'origin in sub-Saharan Africa outside Southern Africa, destination in Southern Africa',
    applies: (o, d) =>
      d.area === 'Southern Africa' && SUB_SAHARAN.has(o.area) && o.area !== 'Southern Africa',
  },
  {
    region: 'Western Asia',
    why: 'origin in Eastern Africa, Afghanistan, Iran, Pakistan, Syria, Iraq, Yemen, Palestine or Lebanon, destination in Western Asia (not Cyprus, Georgia, Armenia, Azerbaijan, Israel) or Europe (Yemen crossing, Turkey-Iran border)',
    applies: (o, d) =>
      (o.area === 'Eastern Africa' ||
        ['AFG', 'IRN', 'PAK'].includes(o.code) ||
        WEST_ASIA_DEPARTURE.has(o.code)) &&
      ((d.area === 'Western Asia' && !WEST_ASIA_NOT_DESTINATION.has(d.code)) ||
        (d.region === 'Europe' && o.area !== 'Eastern Africa')),
  },
  {
    region: 'Southern Asia',
    why: 'Afghanistan to Iran, Pakistan, Western Asia or Europe; Myanmar to Bangladesh',
    applies: (o, d) =>
      (o.code === 'AFG' &&
        (d.code === 'IRN' ||
          d.code === 'PAK' ||
          d.area === 'Western Asia' ||
          d.region === 'Europe')) ||
      (o.code === 'MMR' && d.code === 'BGD'),
  },
  {
    region: 'South-eastern Asia',
    why: 'origin in South-eastern or Southern Asia, destination in South-eastern Asia (Andaman Sea, Bay of Bengal)',
    applies: (o, d) =>
      (o.area === 'South-eastern Asia' || o.area === 'Southern Asia') &&
      d.area === 'South-eastern Asia',
  },
  {
    region: 'Eastern Asia',
    why: 'origin in Eastern or South-eastern Asia, destination in Eastern Asia',
    applies: (o, d) =>
      (o.area === 'Eastern Asia' || o.area === 'South-eastern Asia') && d.area === 'Eastern Asia',
  },
  {
    region: 'Central Asia',
    why: 'origin in Central Asia, destination in Central Asia or the Russian Federation',
    applies: (o, d) => o.area === 'Central Asia' && (d.area === 'Central Asia' || d.code === 'RUS'),
  },
];

/** The regions of incident a corridor is attributed to (none for most corridors). */
export function routeRegions(o: Place | undefined, d: Place | undefined): string[] {
  if (!o || !d || o.code === d.code) return [];
  return ROUTE_RULES.filter((r) => r.applies(o, d)).map((r) => r.region);
}
