/** The MIPEX 2010 overall score of the destination, where MIPEX covers it. @module */
import type { ExampleCorridor } from '../corridors.ts';
import type { Extracts } from '../extracts.ts';
import { type ExampleValue, valueFor } from '../observation.ts';
import { MIPEX } from '../sources.ts';

export function mipexValues(x: Extracts, c: ExampleCorridor): ExampleValue[] {
  const score = x.mipex.get(c.destination);
  if (score === undefined) return [];
  return [
    valueFor(c, {
      indicator: 'mipex_overall',
      side: 'destination',
      year: 2010,
      value: score,
      source: MIPEX,
      code: 'mipex10',
      note: 'MIPEX III overall score (single 2010 cross-section); taken from a research replication dataset, not checked against mipex.eu',
      confidence: 'medium',
    }),
  ];
}
