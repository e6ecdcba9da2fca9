/**
 * The corridors of the example observatory and its reference period.
 * @module
 */
import { corridorId } from '../../src/core/template/corridor-id.ts';

export interface ExampleCorridor {
  /** `ORIGIN-DESTINATION` or `ORIGIN-TRANSIT-DESTINATION`, ISO 3166 alpha-3. */
  id: string;
  origin: string;
  destination: string;
  transit?: string;
}

const corridor = (origin: string, destination: string, transit?: string): ExampleCorridor =>
  transit === undefined
    ? { id: corridorId(origin, destination), origin, destination }
    : { id: corridorId(origin, destination, transit), origin, destination, transit };

/** The ten corridors the issue asks for, then further ones the data cover as well. */
export const CORRIDORS: readonly ExampleCorridor[] = [
  corridor('MEX', 'USA'),
  corridor('PHL', 'SAU'),
  corridor('IND', 'ARE'),
  corridor('TUR', 'DEU'),
  corridor('GHA', 'GBR'),
  corridor('ECU', 'ESP'),
  corridor('MAR', 'ESP'),
  corridor('VEN', 'COL'),
  corridor('SYR', 'TUR'),
  corridor('BGD', 'IND'),
  corridor('GTM', 'USA', 'MEX'),
  corridor('HND', 'USA', 'MEX'),
  corridor('PAK', 'SAU'),
  corridor('EGY', 'SAU'),
  corridor('DZA', 'FRA'),
  corridor('ROU', 'ITA'),
  corridor('ZWE', 'ZAF'),
];

/**
 * The example's reference period, as a team would pass `--period 2010-2024`:
 * the default would run 1990-2025, to the latest year of the data, but the
 * 2025 values are ILO projections and the visa snapshot, the last UNHCR and
 * WGI releases (2019) would be more than the Method tab's 5 years old, and
 * fifteen years keep the example small enough for the API's body limit.
 */
export const PERIOD = { start: 2010, end: 2024 } as const;

export const TEAM = 'Corridor Monitor example';

/** Every country at either end or in transit. */
export function countriesOf(corridors: readonly ExampleCorridor[]): string[] {
  const all = corridors.flatMap((c) => [
    c.origin,
    c.destination,
    ...(c.transit ? [c.transit] : []),
  ]);
  return [...new Set(all)].sort();
}
