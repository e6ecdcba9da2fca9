/**
 * Which country sides of a corridor the catalogue lets an indicator be
 * reported for, so country-level series follow the catalogue, not this script.
 * @module
 */
import { catalogueIndex } from '../../src/core/template/catalogue/index.ts';
import type { Side } from '../../src/core/template/layout.ts';
import type { CatalogueEntry } from '../../src/core/template/types.ts';
import type { ExampleCorridor } from './corridors.ts';
import { EXAMPLE_CATALOGUE } from './custom-indicators.ts';

export const CATALOGUE_BY_ID: Map<string, CatalogueEntry> = catalogueIndex(EXAMPLE_CATALOGUE);

export function entryOf(indicator: string): CatalogueEntry {
  const entry = CATALOGUE_BY_ID.get(indicator);
  if (!entry) throw new Error(`example indicator "${indicator}" is not in the catalogue`);
  return entry;
}

/** The country sides (origin, destination, transit when the corridor has one) the entry allows. */
export function countrySides(indicator: string, c: ExampleCorridor): Side[] {
  const allowed = entryOf(indicator).sides;
  const sides: Side[] = ['origin', 'destination', ...(c.transit ? (['transit'] as const) : [])];
  return sides.filter((s) => allowed.includes(s));
}
