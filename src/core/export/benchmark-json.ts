/**
 * The benchmark as JSON: byte-identical for the same benchmark on every runtime.
 * @module
 */
import type { Benchmark } from '../assess/types.ts';

/** NaN and infinities are not JSON: they become null, never the string "NaN". */
const finite = (_key: string, value: unknown): unknown =>
  typeof value === 'number' && !Number.isFinite(value) ? null : value;

/**
 * Serialises a benchmark (2-space indent, trailing newline). Key order is the
 * benchmark's own construction order, which assess keeps fixed.
 *
 * @example
 * benchmarkToJson(benchmark).startsWith('{\n  "generatedAt"'); // true
 */
export function benchmarkToJson(benchmark: Benchmark): string {
  return `${JSON.stringify(benchmark, finite, 2)}\n`;
}
