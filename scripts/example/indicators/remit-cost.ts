/**
 * Remittance cost in the corridor: Remittance Prices Worldwide, sending from
 * the destination to the origin, as the annual mean of the quarters observed.
 * Negative quarterly values (exchange-rate margin artefacts) are left out.
 * @module
 */
import type { ExampleCorridor } from '../corridors.ts';
import type { Extracts } from '../extracts.ts';
import { type ExampleValue, round, valueFor } from '../observation.ts';
import { RPW } from '../sources.ts';
import { num } from '../table.ts';

interface Year {
  kept: { period: string; value: number }[];
  dropped: string[];
}

export function remitCostValues(x: Extracts, c: ExampleCorridor): ExampleValue[] {
  const years = new Map<number, Year>();
  for (const r of x.rpw) {
    if (r.sending_iso3 !== c.destination || r.receiving_iso3 !== c.origin) continue;
    const value = num(r.avg_total_cost_pct);
    const period = r.period ?? '';
    if (value === undefined) continue;
    const year = Number(period.slice(0, 4));
    const entry = years.get(year) ?? { kept: [], dropped: [] };
    if (value < 0) entry.dropped.push(`${period} (${value})`);
    else entry.kept.push({ period, value });
    years.set(year, entry);
  }
  return [...years.entries()]
    .filter(([, y]) => y.kept.length > 0)
    .sort(([a], [b]) => a - b)
    .map(([year, y]) => {
      const mean = y.kept.reduce((s, k) => s + k.value, 0) / y.kept.length;
      const quarters = y.kept.map((k) => k.period.slice(4)).join(', ');
      const dropped = y.dropped.length ? `; negative value left out: ${y.dropped.join(', ')}` : '';
      return valueFor(c, {
        indicator: 'corridor_remit_cost',
        side: 'corridor',
        year,
        value: round(mean, 2),
        source: RPW,
        note: `annual mean of ${y.kept.length} period value(s) (${quarters}), sending ${c.destination} -> receiving ${c.origin}, rounded to 2 decimals${dropped}`,
        confidence: y.dropped.length ? 'medium' : 'high',
      });
    });
}
