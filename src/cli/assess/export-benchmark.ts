/** Writes the benchmark as CSV tables, JSON and SDMX-CSV into a folder. @module */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../../adapters/fs/atomic-write.ts';
import type { Benchmark } from '../../core/assess/types.ts';
import { benchmarkToCsv, benchmarkToJson, benchmarkToSdmxCsv } from '../../core/export/index.ts';

/** @returns the names of the files written */
export async function exportBenchmark(benchmark: Benchmark, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: [string, string][] = [
    ...Object.entries(benchmarkToCsv(benchmark)),
    ['benchmark.json', benchmarkToJson(benchmark)],
    ['benchmark.sdmx.csv', benchmarkToSdmxCsv(benchmark)],
  ];
  for (const [name, text] of files) await writeFileAtomic(join(dir, name), text);
  return files.map(([name]) => name);
}
