/**
 * Which indicator columns a corridor is expected to report, and the
 * catalogue's computed coverage indicator.
 * @module
 */
import type { Corridor } from '../../template/types.ts';
import type { IndicatorMeta } from '../types.ts';

/** The computed indicator `catalog_coverage` (share of indicators with recent data). */
export const COVERAGE_INDICATOR = 'catalog_coverage';

/** Transit-side columns apply only to corridors with a transit country. */
export const appliesTo = (m: IndicatorMeta, corridor: Corridor): boolean =>
  m.side !== 'transit' || corridor.transit !== undefined;
