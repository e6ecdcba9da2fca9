/** Reading and validating a filled template, and the Validation tab. @module */
export { readTemplate, type TemplateRead } from './read-template.ts';
export { renderValidationTab, type ValidationRender, VALIDATION_HEADER, VALIDATION_FIRST_ROW } from './render-validation-tab.ts';
export { describeCell, isBlank, readNumber, readText, readYear } from './cells.ts';
export { rowSchema, type FieldSpec, type RowSpec, type RowOf } from './fields.ts';
export { indicatorRow } from './read-indicators.ts';
export { corridorRow } from './read-corridors.ts';
export { policyRow } from './read-policy.ts';
export { availabilityRow } from './read-availability.ts';
export { catalogueRowSpec } from './read-catalogue.ts';
