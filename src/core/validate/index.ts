/** Reading and validating a filled template, and the Validation tab. @module */
export { readTemplate, type TemplateRead } from './read-template.ts';
export { renderValidationTab, type ValidationRender, VALIDATION_HEADER, VALIDATION_FIRST_ROW } from './render-validation-tab.ts';
export { describeCell, isBlank, readNumber, readText, readYear } from './cells.ts';
