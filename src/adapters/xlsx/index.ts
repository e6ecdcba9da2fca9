/** The .xlsx adapter: read a workbook, write grids, apply a WriteBack. @module */
export { applyWriteBack } from './apply-write-back.ts';
export { chartData, renderChartImages } from './chart-images.ts';
export { GENERATED_REGISTRY, readRegistry } from './generated-registry.ts';
export { DEFAULT_LIMITS, type ReadLimits } from './read-limits.ts';
export {
  DEFAULT_MAX_BYTES,
  type ReadError,
  type ReadOptions,
  type ReadResult,
  readXlsx,
} from './read-xlsx.ts';
export { buildExcel, toXlsxBytes, type WriteXlsxOptions, writeXlsx } from './write-xlsx.ts';
