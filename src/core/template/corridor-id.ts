/** Corridor ids: `ORIGIN-DESTINATION` or `ORIGIN-TRANSIT-DESTINATION`. @module */

/** @example corridorId('MEX', 'USA', 'GTM'); // => 'MEX-GTM-USA' */
export function corridorId(origin: string, destination: string, transit?: string): string {
  return transit ? `${origin}-${transit}-${destination}` : `${origin}-${destination}`;
}
