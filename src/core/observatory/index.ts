/** The public observatory: page model, HTML, SVG charts and downloads, read through ObservatorySource. @module */
export type { CorridorAssessment } from './assessment.ts';
export { assessmentsByPair } from './assessment.ts';
export type { CorridorModel } from './corridor-model.ts';
export { corridorModel } from './corridor-model.ts';
export { corridorPath, countryPath } from './corridor-page.ts';
export type { FigureKey, KeyFigure } from './key-figures.ts';
export { keyFigures, SDG_10C_TARGET } from './key-figures.ts';
export type * from './port.ts';
export { SOURCE_IDS } from './port.ts';
export type { SiteFile } from './site.ts';
export { corridorFiles, siteCountries, siteFiles } from './site.ts';
export type { SiteContext, SiteOptions } from './site-context.ts';
export { DEFAULT_MIN_STOCK, siteContext } from './site-context.ts';
