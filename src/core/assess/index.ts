/** Assessing a workbook: scoring, benchmark tabs, result types. @module */
export { assess } from './assess.ts';
export { benchmarkDrafts, renderBenchmark } from './render/render-benchmark.ts';
export { buildBenchmark } from './score/build-benchmark.ts';
export type * from './types.ts';
