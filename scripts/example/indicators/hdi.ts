/** The HDI gap, destination minus origin, for every year both have. @module */
import type { ExampleCorridor } from '../corridors.ts';
import { type Extracts, key } from '../extracts.ts';
import { type ExampleValue, round, valueFor } from '../observation.ts';
import { HDR } from '../sources.ts';

export function hdiValues(x: Extracts, c: ExampleCorridor): ExampleValue[] {
  const out: ExampleValue[] = [];
  for (let year = 1990; year <= 2022; year++) {
    const d = x.hdi.get(key(c.destination, year));
    const o = x.hdi.get(key(c.origin, year));
    if (d === undefined || o === undefined) continue;
    out.push(
      valueFor(c, {
        indicator: 'hdi_gap',
        side: 'corridor',
        year,
        value: round(d - o, 3),
        source: HDR,
        code: 'HDI',
        note: `derived: HDI ${c.destination} (${d}) - HDI ${c.origin} (${o}), same year`,
        confidence: 'high',
      }),
    );
  }
  return out;
}
