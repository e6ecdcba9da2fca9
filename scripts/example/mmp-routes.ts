/**
 * Missing Migrants Project regions and routes are not corridors. These are the
 * only mappings defended here: the incident region or route is the crossing the
 * corridor itself uses. Victims are of every nationality, not only the origin's.
 * @module
 */
import type { Side } from '../../src/core/template/layout.ts';

export interface RouteMapping {
  corridorId: string;
  side: Extract<Side, 'corridor' | 'transit'>;
  region: string;
  /** Undefined: every route in the region, including incidents with no route. */
  route?: string;
  why: string;
}

export const ROUTE_MAPPINGS: readonly RouteMapping[] = [
  {
    corridorId: 'MEX-USA',
    side: 'corridor',
    region: 'US-Mexico Border',
    why: 'MMP region "US-Mexico Border" (all routes): deaths at the crossing this corridor uses, all nationalities',
  },
  {
    corridorId: 'GTM-MEX-USA',
    side: 'corridor',
    region: 'US-Mexico Border',
    why: 'MMP region "US-Mexico Border" (all routes): deaths at the crossing this corridor ends with, all nationalities',
  },
  {
    corridorId: 'GTM-MEX-USA',
    side: 'transit',
    region: 'Central America',
    route: 'Central America to US',
    why: 'MMP route "Central America to US" in region "Central America" (most incidents lie in Mexico): deaths in transit, all nationalities',
  },
  {
    corridorId: 'HND-MEX-USA',
    side: 'corridor',
    region: 'US-Mexico Border',
    why: 'MMP region "US-Mexico Border" (all routes): deaths at the crossing this corridor ends with, all nationalities',
  },
  {
    corridorId: 'HND-MEX-USA',
    side: 'transit',
    region: 'Central America',
    route: 'Central America to US',
    why: 'MMP route "Central America to US" in region "Central America" (most incidents lie in Mexico): deaths in transit, all nationalities',
  },
  {
    corridorId: 'MAR-ESP',
    side: 'corridor',
    region: 'Mediterranean',
    route: 'Western Mediterranean',
    why: 'MMP route "Western Mediterranean" (Morocco/Algeria to Spain by sea): deaths on the crossing, all nationalities',
  },
];

export const matchesRoute = (m: RouteMapping, region: string, route: string): boolean =>
  m.region === region && (m.route === undefined || m.route === route);
