/**
 * The data-gap ledger of a corridor: every catalogue indicator and side with
 * what the open data can do for it — pre-filled, derivable from other values,
 * needing national input, or with no known open source — its latest year
 * and age. The template's Data availability tab and the API show it.
 * @module
 */
import { DERIVED_SERIES } from '../../../pack/derive/index.ts';
import type { CorridorFacts } from '../../../pack/facts.ts';
import { BILATERAL_SERIES, COUNTRY_SERIES } from '../../../pack/series.ts';
import type { Side } from '../../layout.ts';
import type { CatalogueEntry } from '../../types.ts';
import { type CorridorEnds, expectedIndicatorRows } from '../expected-rows.ts';
import { factSeriesFor, seriesIdFor } from './indicator-series.ts';

export type LedgerStatus =
  | 'pre-filled'
  | 'derivable'
  | 'needs national input'
  | 'no known open source';

export interface LedgerRow {
  corridorId: string;
  indicator: string;
  side: Side;
  country: string;
  status: LedgerStatus;
  latestYear: number | null;
  /** Years between the latest value and the reference year. */
  age: number | null;
  source: string;
  note: string;
}

const STORED = new Set([...COUNTRY_SERIES, ...BILATERAL_SERIES].map((s) => s.id));
const DERIVED = new Map(DERIVED_SERIES.map((s) => [s.id, s]));

/** Status in the Data availability tab's own vocabulary. */
export const LEDGER_AVAILABILITY: Readonly<
  Record<LedgerStatus, 'available' | 'partial' | 'missing'>
> = {
  'pre-filled': 'available',
  derivable: 'partial',
  'needs national input': 'missing',
  'no known open source': 'missing',
};

export function corridorLedger(
  corridor: CorridorEnds & { id: string },
  catalogue: readonly CatalogueEntry[],
  facts: CorridorFacts | undefined,
  referenceYear: number,
): LedgerRow[] {
  const catalogueIds = new Set(catalogue.map((e) => seriesIdFor(e.id)));
  return expectedIndicatorRows(corridor, catalogue).map(({ entry, side, country }) => {
    const base = { corridorId: corridor.id, indicator: entry.id, side, country };
    const series = facts ? factSeriesFor(facts, entry.id, side) : undefined;
    const last = series?.points[series.points.length - 1];
    if (series && last) {
      return {
        ...base,
        status: 'pre-filled' as const,
        latestYear: last.year,
        age: Math.max(0, referenceYear - last.year),
        source: series.source,
        note: `${series.points.length} value(s) ${series.points[0]!.year}-${last.year}, ${series.code}`,
      };
    }
    const id = seriesIdFor(entry.id);
    const derived = DERIVED.get(id);
    const blank = { latestYear: null, age: null, source: '' };
    const fillable = (input: string) =>
      catalogueIds.has(input) ||
      (facts?.series.some((s) => s.indicator === input && s.points.length > 0) ?? false);
    const derivable = derived ? (derived.inputs ?? []).every(fillable) : entry.code === 'derived';
    if (derivable) {
      return {
        ...base,
        ...blank,
        status: 'derivable' as const,
        note: derived?.formula
          ? `derivable from other values once they are entered: ${derived.formula}`
          : 'derivable from other values of the template',
      };
    }
    if (STORED.has(id) || derived) {
      return {
        ...base,
        ...blank,
        status: 'needs national input' as const,
        note: 'the open data of the pack have no value for this side or pair',
      };
    }
    return {
      ...base,
      ...blank,
      status: 'no known open source' as const,
      note: `no open series in the pack; the catalogue names ${entry.source}`,
    };
  });
}
