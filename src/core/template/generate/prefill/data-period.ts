/**
 * The default reference period of a pre-filled corridor: from the first to
 * the latest year of the values that pre-fill its template, so the full
 * series fit and the period ends at the latest year of the data, not at the
 * current year. A period given by the user is kept.
 * @module
 */
import type { CorridorFacts } from '../../../pack/facts.ts';
import { corridorId } from '../../corridor-id.ts';
import type { CatalogueEntry } from '../../types.ts';
import type { CorridorSpec } from '../corridor-spec.ts';
import { applicableSides } from '../expected-rows.ts';
import { factSeriesFor } from './indicator-series.ts';

export function dataYears(
  facts: CorridorFacts,
  catalogue: readonly CatalogueEntry[],
): { first: number; last: number } | undefined {
  let first = Infinity;
  let last = -Infinity;
  for (const e of catalogue) {
    for (const side of applicableSides(facts, e.sides)) {
      for (const p of factSeriesFor(facts, e.id, side)?.points ?? []) {
        first = Math.min(first, p.year);
        last = Math.max(last, p.year);
      }
    }
  }
  return Number.isFinite(first) ? { first, last } : undefined;
}

export function withDataPeriod(
  spec: CorridorSpec,
  prefill: ReadonlyMap<string, CorridorFacts>,
  catalogue: readonly CatalogueEntry[],
): CorridorSpec {
  const id = corridorId(
    spec.origin.trim().toUpperCase(),
    spec.destination.trim().toUpperCase(),
    spec.transit?.trim().toUpperCase() || undefined,
  );
  const facts = prefill.get(id);
  const years = facts ? dataYears(facts, catalogue) : undefined;
  if (!years) return spec;
  const periodEnd = spec.periodEnd ?? years.last;
  const periodStart = spec.periodStart ?? Math.min(years.first, periodEnd);
  return { ...spec, periodStart, periodEnd };
}
