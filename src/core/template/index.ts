/** The corridor template: catalogue, layout, generator. @module */
export * from './layout.ts';
export type * from './types.ts';
export * from './catalogue/index.ts';
export { checkCountry, countryName, NON_ISO_CODES, type CountryCheck } from './countries.ts';
export { corridorId } from './corridor-id.ts';
export { DATA_SOURCES, type DataSourceItem } from './data-sources.ts';
export { DEFAULT_METHOD, METHOD_SETTINGS, type MethodSettingSpec, allowedText, weightKey } from './method-settings.ts';
export { buildTemplate, type BuildTemplateOptions, type BuiltTemplate } from './build/build-template.ts';
export { checkCorridorSpecs, planCorridor, type CorridorSpec, type PlannedCorridor } from './build/corridor-spec.ts';
export { expectedIndicatorRows, countryForSide, applicableSides, type ExpectedRow } from './build/expected-rows.ts';
export { catalogueRow } from './build/catalogue-tab.ts';
export { readTemplate, renderValidationTab, type TemplateRead, type ValidationRender } from '../validate/index.ts';
