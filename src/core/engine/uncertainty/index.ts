/**
 * Uncertainty and sensitivity analysis over methodological choices.
 * @module
 */
export { defaultInputs } from './default-inputs.ts';
export { pickAlternative } from './pick-alternative.ts';
export { runSensitivity } from './run-sensitivity.ts';
export { runUncertainty } from './run-uncertainty.ts';
export { saltelliDesign } from './saltelli-design.ts';
export { type SobolInterval, sobolBootstrap } from './sobol-bootstrap.ts';
export { sobolFirstOrder } from './sobol-first-order.ts';
export { sobolTotalOrder } from './sobol-total-order.ts';
export { sobolVariance } from './sobol-variance.ts';
export type { RankStats, SensitivityResult, UncertainInput, UncertaintyOptions } from './types.ts';
