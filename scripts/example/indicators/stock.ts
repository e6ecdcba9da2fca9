/**
 * Flows and stocks from the UN DESA matrix: the corridor's stock, the origin's
 * emigrants, the corridor's share of them and the origin's emigration rate.
 * @module
 */
import type { ExampleCorridor } from '../corridors.ts';
import { type Extracts, emigrantTotals, key } from '../extracts.ts';
import { type ExampleValue, round, valueFor } from '../observation.ts';
import { UNDESA, WDI } from '../sources.ts';
import { num } from '../table.ts';

export const STOCK_YEARS = [1990, 1995, 2000, 2005, 2010, 2015, 2020] as const;

export function stockValues(x: Extracts, c: ExampleCorridor): ExampleValue[] {
  const emigrants = emigrantTotals(x.stock);
  const out: ExampleValue[] = [];
  for (const year of STOCK_YEARS) {
    const stock = x.stock.get(key(c.origin, c.destination, year));
    const total = emigrants.get(key(c.origin, year));
    const population = num(x.wdi.get(key(c.origin, year))?.population);
    if (stock !== undefined) {
      out.push(
        valueFor(c, {
          indicator: 'corridor_stock',
          side: 'corridor',
          year,
          value: stock,
          source: UNDESA,
          note: `persons born in ${c.origin} living in ${c.destination}, both sexes, mid-year`,
          confidence: 'high',
        }),
      );
    }
    if (total === undefined) continue;
    out.push(
      valueFor(c, {
        indicator: 'emigrants_total',
        side: 'origin',
        year,
        value: total,
        source: UNDESA,
        note: `sum of the ${c.origin} row over the matrix's destinations (origin-unknown cells are not in it)`,
        confidence: 'high',
      }),
    );
    if (stock !== undefined) {
      out.push(
        valueFor(c, {
          indicator: 'corridor_share_of_emigrants',
          side: 'corridor',
          year,
          value: round((100 * stock) / total, 2),
          source: UNDESA,
          note: 'derived: 100 x corridor_stock / emigrants_total, rounded to 2 decimals',
          confidence: 'high',
        }),
      );
    }
    if (population !== undefined) {
      out.push(
        valueFor(c, {
          indicator: 'emigration_rate',
          side: 'origin',
          year,
          value: round((100 * total) / (population + total), 2),
          source: { name: `${UNDESA.name}; ${WDI.name}`, code: `${UNDESA.code}; SP.POP.TOTL` },
          note: 'derived: 100 x emigrants_total / (WDI SP.POP.TOTL + emigrants_total), rounded to 2 decimals',
          confidence: 'high',
        }),
      );
    }
  }
  return out;
}
