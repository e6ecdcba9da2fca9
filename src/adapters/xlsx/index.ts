/** The .xlsx adapter: read a workbook, write grids, apply a WriteBack. @module */
export { applyWriteBack } from './apply-write-back.ts';
export { DEFAULT_MAX_BYTES, readXlsx, toWorkbook, type ReadError, type ReadResult } from './read-xlsx.ts';
export { GENERATED_REGISTRY, readRegistry } from './generated-registry.ts';
export { buildExcel, toXlsxBytes, writeXlsx, type WriteXlsxOptions } from './write-xlsx.ts';
export { chartData, renderChartImages } from './chart-images.ts';
