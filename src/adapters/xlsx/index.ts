/** The .xlsx adapter: read a workbook, write grids, apply a WriteBack. @module */
export { applyWriteBack } from './apply-write-back.ts';
export { DEFAULT_MAX_BYTES, readXlsx, type ReadError, type ReadOptions, type ReadResult } from './read-xlsx.ts';
export { DEFAULT_LIMITS, type ReadLimits } from './read-limits.ts';
export { GENERATED_REGISTRY, readRegistry } from './generated-registry.ts';
export { buildExcel, toXlsxBytes, writeXlsx, type WriteXlsxOptions } from './write-xlsx.ts';
export { chartData, renderChartImages } from './chart-images.ts';
