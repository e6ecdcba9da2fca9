/**
 * Which IOM Missing Migrants regions of incident a corridor's route crosses,
 * for a source that gives no attribution of its own (the open-data pack
 * does, and wins). IOM counts deaths where they happen, not by corridor, so
 * this is a plain approximation: the destination's region, plus the
 * Mediterranean for journeys into Europe from outside it.
 * @module
 */
import type { CountryRef } from './port.ts';

/** IOM region of incident for a country, from its UN M49 region and sub-region. */
export function iomRegion(country: CountryRef): string | null {
  if (country.region === 'Europe') return 'Europe';
  if (country.subregion === 'Northern America') return 'North America';
  if (country.region === 'Oceania' || !country.subregion) return null;
  return country.subregion;
}

/**
 * The regions of incident counted for a corridor, in a fixed order.
 * @example routeRegions(syria, germany); // ['Mediterranean', 'Europe']
 */
export function routeRegions(origin: CountryRef, destination: CountryRef): string[] {
  const end = iomRegion(destination);
  const regions: string[] = [];
  if (destination.region === 'Europe' && origin.region !== 'Europe' && origin.region !== '')
    regions.push('Mediterranean');
  if (end) regions.push(end);
  return regions;
}
