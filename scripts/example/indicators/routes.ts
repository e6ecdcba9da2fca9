/**
 * Dead and missing migrants on the route a corridor uses, only where an MMP
 * region or route can be defended as that crossing (see mmp-routes.ts).
 * @module
 */
import type { ExampleCorridor } from '../corridors.ts';
import type { Extracts } from '../extracts.ts';
import { matchesRoute, ROUTE_MAPPINGS } from '../mmp-routes.ts';
import { type ExampleValue, valueFor } from '../observation.ts';
import { MMP } from '../sources.ts';
import { num } from '../table.ts';

export function routeValues(x: Extracts, c: ExampleCorridor): ExampleValue[] {
  return ROUTE_MAPPINGS.filter((m) => m.corridorId === c.id).flatMap((m) => {
    const byYear = new Map<number, number>();
    for (const r of x.routes) {
      if (!matchesRoute(m, r.region_of_incident ?? '', r.migration_route ?? '')) continue;
      const year = Number(r.year);
      byYear.set(year, (byYear.get(year) ?? 0) + (num(r.total_dead_and_missing) ?? 0));
    }
    return [...byYear.entries()]
      .sort(([a], [b]) => a - b)
      .map(([year, value]) =>
        valueFor(c, {
          indicator: 'route_dead_missing',
          side: m.side,
          year,
          value,
          source: MMP,
          note: `${m.why}; minimum estimate, revised upwards in later exports`,
          confidence: 'low',
        }),
      );
  });
}
