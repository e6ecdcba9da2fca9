/** Reading and validating a filled template, and the Validation tab. @module */

export { describeCell, isBlank, readNumber, readText, readYear } from './cells.ts';
export { type FieldSpec, type RowOf, type RowSpec, rowSchema } from './fields.ts';
export { availabilityRow } from './read-availability.ts';
export { catalogueRowSpec } from './read-catalogue.ts';
export { corridorRow } from './read-corridors.ts';
export { indicatorRow } from './read-indicators.ts';
export { policyRow } from './read-policy.ts';
export { readTemplate, type TemplateRead } from './read-template.ts';
export {
  renderValidationTab,
  VALIDATION_FIRST_ROW,
  VALIDATION_HEADER,
  type ValidationRender,
} from './render-validation-tab.ts';
