/** Benchmark exports: CSV tables, JSON and SDMX-CSV, as strings. @module */
export { benchmarkToCsv } from './benchmark-csv.ts';
export { benchmarkToJson } from './benchmark-json.ts';
export { benchmarkToSdmxCsv, SDMX_COLUMNS, SDMX_STRUCTURE_ID, sdmxCode } from './benchmark-sdmx.ts';
