/** Every derived series of the pack, with its formula. @module */
import { AGGREGATE_SERIES } from './aggregates.ts';
import { COUNTRY_DERIVATIONS, PAIR_DERIVATIONS } from './derivations.ts';

export { AGGREGATE_SERIES, routeTable, STOCK_HOLD_YEARS, sumByOrigin } from './aggregates.ts';
export type { PairContext } from './derivations.ts';
export { COUNTRY_DERIVATIONS, PAIR_DERIVATIONS } from './derivations.ts';
export { float32Shortest, interpolate, round } from './numbers.ts';
export { placeOf, ROUTE_RULES, routeRegions } from './route-attribution.ts';

/** Metadata of every derived series (build-time aggregates and read-time ratios). */
export const DERIVED_SERIES = [
  ...AGGREGATE_SERIES,
  ...COUNTRY_DERIVATIONS.map((d) => d.meta),
  ...PAIR_DERIVATIONS.map((d) => d.meta),
];
