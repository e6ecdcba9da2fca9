/** The corridor template: catalogue, layout, generator. @module */

export * from './catalogue/index.ts';
export { corridorId } from './corridor-id.ts';
export { type CountryCheck, checkCountry, countryName, NON_ISO_CODES } from './countries.ts';
export { DATA_SOURCES, type DataSourceItem } from './data-sources.ts';
export {
  type BuildTemplateOptions,
  type BuiltTemplate,
  buildTemplate,
} from './generate/build-template.ts';
export { catalogueRow } from './generate/catalogue-tab.ts';
export {
  type CorridorSpec,
  checkCorridorSpecs,
  type PlannedCorridor,
  planCorridor,
} from './generate/corridor-spec.ts';
export {
  applicableSides,
  countryForSide,
  type ExpectedRow,
  expectedIndicatorRows,
} from './generate/expected-rows.ts';
export * from './layout.ts';
export {
  allowedText,
  DEFAULT_METHOD,
  METHOD_SETTINGS,
  type MethodSettingSpec,
  weightKey,
} from './method-settings.ts';
export type * from './types.ts';
