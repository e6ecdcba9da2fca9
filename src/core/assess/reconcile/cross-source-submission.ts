/**
 * Cross-source checks on the values a team submits, as warnings naming both
 * sources: refugees from the origin in the destination above the corridor's
 * migrant stock of the same year, and remittances per migrant outside the
 * plausible band.
 * @module
 */
import { type Issue, issue } from '../../contract/issue.ts';
import { REMITTANCE_PER_MIGRANT_BAND } from '../../pack/cross-source.ts';
import type { Observation } from '../../template/types.ts';

export function crossSourceIssues(observations: readonly Observation[]): Issue[] {
  const out: Issue[] = [];
  const key = (o: Observation) => `${o.corridorId}|${o.year}`;
  const stock = new Map<string, Observation>();
  // indexed loops: these run over every row (400k+)
  for (let k = 0; k < observations.length; k++) {
    const o = observations[k]!;
    if (o.indicator === 'corridor_stock') stock.set(key(o), o);
  }
  for (let k = 0; k < observations.length; k++) {
    const o = observations[k]!;
    if (o.indicator === 'corridor_refugees') {
      const s = stock.get(key(o));
      if (s && o.value > s.value) {
        out.push(
          issue(
            'inconsistent',
            `Indicators!F${o.row}`,
            `${o.corridorId} ${o.year}: ${o.value} refugees (${o.source}) exceed the corridor stock of ${s.value} migrants (${s.source}, Indicators!F${s.row}); the sources disagree`,
            'warning',
          ),
        );
      }
    }
    if (o.indicator === 'remittance_per_migrant') {
      const [low, high] = REMITTANCE_PER_MIGRANT_BAND;
      if (o.value < low || o.value > high) {
        out.push(
          issue(
            'out_of_range',
            `Indicators!F${o.row}`,
            `${o.corridorId} ${o.year}: remittances per migrant of US$ ${o.value} (${o.source}) lie outside the plausible band US$ ${low}-${high} for a bilateral remittance flow over the corridor stock`,
            'warning',
          ),
        );
      }
    }
  }
  return out;
}
