/**
 * Refugees and asylum seekers from the origin in the destination (UNHCR,
 * end of year), for the example's own two Catalogue indicators.
 * @module
 */
import type { ExampleCorridor } from '../corridors.ts';
import type { Extracts } from '../extracts.ts';
import { type ExampleValue, valueFor } from '../observation.ts';
import { UNHCR } from '../sources.ts';
import { num } from '../table.ts';

const COLUMNS = [
  ['corridor_refugees', 'refugees'],
  ['corridor_asylum_seekers', 'asylum_seekers'],
] as const;

export function unhcrPairValues(x: Extracts, c: ExampleCorridor): ExampleValue[] {
  const rows = x.unhcr
    .filter((r) => r.origin_code === c.origin && r.asylum_country_code === c.destination)
    .sort((a, b) => Number(a.year) - Number(b.year));
  return COLUMNS.flatMap(([indicator, column]) =>
    rows.flatMap((r) => {
      const value = num(r[column]);
      if (value === undefined) return [];
      const year = Number(r.year);
      const relabelled =
        year === 2019 ? '; end-2019 figure, which the source file labelled "2020"' : '';
      const scope =
        column === 'refugees'
          ? 'UNHCR-mandate refugees (Syrians under temporary protection in Turkey included; "Venezuelans displaced abroad" not)'
          : 'asylum seekers with pending claims';
      return [
        valueFor(c, {
          indicator,
          side: 'corridor',
          year,
          value,
          source: UNHCR,
          note: `${scope}, origin ${c.origin} in country of asylum ${c.destination}, end of year; years where the source has no pair are absent${relabelled}`,
          confidence: 'high',
        }),
      ];
    }),
  );
}
