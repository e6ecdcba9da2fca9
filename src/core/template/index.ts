/** The corridor template: catalogue, layout, generator. @module */

export {
  type BuildTemplateOptions,
  type BuiltTemplate,
  buildTemplate,
} from './build/build-template.ts';
export { catalogueRow } from './build/catalogue-tab.ts';
export {
  type CorridorSpec,
  checkCorridorSpecs,
  type PlannedCorridor,
  planCorridor,
} from './build/corridor-spec.ts';
export {
  applicableSides,
  countryForSide,
  type ExpectedRow,
  expectedIndicatorRows,
} from './build/expected-rows.ts';
export * from './catalogue/index.ts';
export { corridorId } from './corridor-id.ts';
export { type CountryCheck, checkCountry, countryName, NON_ISO_CODES } from './countries.ts';
export { DATA_SOURCES, type DataSourceItem } from './data-sources.ts';
export * from './layout.ts';
export {
  allowedText,
  DEFAULT_METHOD,
  METHOD_SETTINGS,
  type MethodSettingSpec,
  weightKey,
} from './method-settings.ts';
export type * from './types.ts';
