/**
 * The open-data pack, portable: types, the reader port, corridor facts and
 * the corridor index. File access lives in src/adapters/pack.
 * @module
 */

export { decodeSeries, encodeSeries, type StoredShard } from './codec.ts';
export {
  type CorridorPage,
  type CorridorQuery,
  listCorridors,
  MAX_PAGE_SIZE,
} from './corridor-list.ts';
export { crossSourceChecks, type SourceCheck } from './cross-source.ts';
export { DERIVED_SERIES } from './derive/index.ts';
export {
  type CorridorFacts,
  type CorridorIssue,
  type CorridorShards,
  corridorFacts,
  type FactPoint,
  type FactSeries,
  type FactSide,
  type FactsResult,
  factsFromShards,
} from './facts.ts';
export {
  cachedReader,
  decodeShard,
  type LoadedPack,
  memoryReader,
  type PackReader,
} from './reader.ts';
export { BILATERAL_SERIES, COUNTRY_SERIES, VISA_CATEGORIES } from './series.ts';
export { SOURCES } from './sources.ts';
export { closestCode } from './suggest.ts';
export * from './types.ts';
