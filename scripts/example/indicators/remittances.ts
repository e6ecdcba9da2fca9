/**
 * Remittances in the corridor: the KNOMAD 2018 matrix read from the
 * destination (sending) to the origin (receiving), and per corridor migrant.
 * @module
 */
import type { ExampleCorridor } from '../corridors.ts';
import { type Extracts, key } from '../extracts.ts';
import { type ExampleValue, valueFor } from '../observation.ts';
import { KNOMAD, UNDESA } from '../sources.ts';

const YEAR = 2018;

/** Mid-2018 stock, linear between the 2015 and 2020 estimates. */
export function stockIn2018(x: Extracts, c: ExampleCorridor): number | undefined {
  const s2015 = x.stock.get(key(c.origin, c.destination, 2015));
  const s2020 = x.stock.get(key(c.origin, c.destination, 2020));
  if (s2015 === undefined || s2020 === undefined) return undefined;
  return s2015 + ((s2020 - s2015) * (YEAR - 2015)) / 5;
}

export function remittanceValues(x: Extracts, c: ExampleCorridor): ExampleValue[] {
  const flow = x.knomad.get(key(c.destination, c.origin));
  if (flow === undefined) return [];
  const out = [
    valueFor(c, {
      indicator: 'corridor_remittances',
      side: 'corridor',
      year: YEAR,
      value: flow,
      source: KNOMAD,
      note: `KNOMAD cell sending ${c.destination} -> receiving ${c.origin} (migration ${c.origin} -> ${c.destination}); modelled estimate, whole US$ million`,
      confidence: 'medium',
    }),
  ];
  const stock = stockIn2018(x, c);
  if (stock !== undefined && stock > 0) {
    out.push(
      valueFor(c, {
        indicator: 'remittance_per_migrant',
        side: 'corridor',
        year: YEAR,
        value: Math.round((flow * 1e6) / stock),
        source: { name: `${KNOMAD.name}; ${UNDESA.name}`, code: `${KNOMAD.code}; ${UNDESA.code}` },
        note: `derived: corridor_remittances 2018 x 1e6 / corridor stock at mid-2018 (${Math.round(stock)}, linear between the 2015 and 2020 UN DESA estimates), rounded to whole US$`,
        confidence: 'low',
      }),
    );
  }
  return out;
}
