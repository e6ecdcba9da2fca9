/**
 * Which indicator x side rows a corridor is expected to report: each side the
 * catalogue lists, transit only when the corridor has one.
 * @module
 */
import { COMPUTED_INDICATORS } from '../catalogue/index.ts';
import type { Side } from '../layout.ts';
import type { CatalogueEntry } from '../types.ts';

export interface CorridorEnds {
  origin: string;
  transit?: string;
  destination: string;
}

/** The country a side refers to, or '' for the corridor and migrants sides. */
export function countryForSide(corridor: CorridorEnds, side: Side): string {
  if (side === 'origin') return corridor.origin;
  if (side === 'destination') return corridor.destination;
  if (side === 'transit') return corridor.transit ?? '';
  return '';
}

/** The sides of `sides` that apply to a corridor (transit needs a transit country). */
export function applicableSides(corridor: CorridorEnds, sides: readonly Side[]): Side[] {
  return sides.filter((s) => s !== 'transit' || corridor.transit !== undefined);
}

export interface ExpectedRow {
  entry: CatalogueEntry;
  side: Side;
  country: string;
}

/** The indicator rows to fill for one corridor, in catalogue order. */
export function expectedIndicatorRows(
  corridor: CorridorEnds,
  catalogue: readonly CatalogueEntry[],
): ExpectedRow[] {
  return catalogue
    .filter((e) => !COMPUTED_INDICATORS.has(e.id))
    .flatMap((entry) =>
      applicableSides(corridor, entry.sides).map((side) => ({
        entry,
        side,
        country: countryForSide(corridor, side),
      })),
    );
}
