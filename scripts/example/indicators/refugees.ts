/**
 * Refugees from the origin per 100,000 of its population (SDG 10.7.4 style):
 * UNHCR refugees summed over every country of asylum, over WDI population.
 * @module
 */
import type { ExampleCorridor } from '../corridors.ts';
import { type Extracts, key } from '../extracts.ts';
import { type ExampleValue, round, valueFor } from '../observation.ts';
import { UNHCR, WDI } from '../sources.ts';
import { num } from '../table.ts';

const CAVEAT =
  'UNHCR-mandate refugees only (no UNRWA Palestine refugees, no "Venezuelans displaced abroad")';
const RELABELLED = '; end-2019 figure, which the source file labelled "2020"';

export function refugeeValues(x: Extracts, c: ExampleCorridor): ExampleValue[] {
  const byYear = new Map<number, number>();
  const blanks = new Map<number, number>();
  for (const r of x.unhcr) {
    if (r.origin_code !== c.origin) continue;
    const year = Number(r.year);
    const refugees = num(r.refugees);
    if (refugees === undefined) blanks.set(year, (blanks.get(year) ?? 0) + 1);
    byYear.set(year, (byYear.get(year) ?? 0) + (refugees ?? 0));
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([year, refugees]) => {
      const population = num(x.wdi.get(key(c.origin, year))?.population);
      if (population === undefined || population === 0) return [];
      const blank = blanks.get(year);
      const gaps = blank
        ? `; ${blank} country(ies) of asylum with no value in the source, counted as none`
        : '';
      return [
        valueFor(c, {
          indicator: 'refugees_per_100k',
          side: 'origin',
          year,
          value: round((refugees * 1e5) / population, 1),
          source: { name: `${UNHCR.name}; ${WDI.name}`, code: `${UNHCR.code}; SP.POP.TOTL` },
          note: `derived: 100000 x refugees from ${c.origin} in every country of asylum (${refugees}) / SP.POP.TOTL, rounded to 1 decimal; ${CAVEAT}${year === 2019 ? RELABELLED : ''}${gaps}`,
          confidence: c.origin === 'VEN' ? 'low' : 'medium',
        }),
      ];
    });
}
