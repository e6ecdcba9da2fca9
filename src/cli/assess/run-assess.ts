/**
 * The main job: read -> assess (core) -> write -> export -> summary.
 * @module
 */

import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { readInput } from '../../adapters/fs/open-input.ts';
import { assess } from '../../core/assess/assess.ts';
import { issueMessages } from '../../core/contract/issue.ts';
import { EXIT, UsageError } from '../exit.ts';
import { generationTime } from '../options.ts';
import { issueLines } from '../report/issue-list.ts';
import { progress } from '../report/progress.ts';
import { summaryText } from '../report/summary.ts';
import { exportBenchmark } from './export-benchmark.ts';
import { defaultOutput, unsafeTarget } from './output-path.ts';
import { writeOutput } from './write-output.ts';

export interface AssessCliOptions {
  out?: string;
  inPlace?: boolean;
  export?: string;
  uncertainty?: number;
  seed?: number;
  maxSize?: number;
  maxRows?: number;
  now?: string;
  json?: boolean;
  quiet?: boolean;
}

export async function runAssess(file: string, options: AssessCliOptions): Promise<number> {
  if (options.out && options.inPlace)
    throw new UsageError('--out and --in-place exclude each other; choose one');
  const steps = progress(Boolean(options.quiet || options.json), options.export ? 4 : 3);

  steps.step(`Reading ${file}`);
  const input = await readInput(file, options.maxSize, options.maxRows);
  if (!input.ok) throw new UsageError(issueMessages(input.issues));
  const target = options.inPlace ? file : (options.out ?? defaultOutput(file, input.kind));
  for (const [path, flag] of [
    [options.inPlace ? undefined : target, '--out'],
    [options.export, '--export'],
  ] as const) {
    const unsafe = path ? await unsafeTarget(file, input.kind, path, flag) : undefined;
    if (unsafe) throw new UsageError(unsafe);
  }

  steps.step('Validating and scoring');
  const result = assess(input.workbook, {
    generatedAt: generationTime(options.now),
    ...(options.uncertainty !== undefined ? { uncertaintyRuns: options.uncertainty } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
  });

  steps.step(`Writing ${target}`);
  await mkdir(dirname(target), { recursive: true });
  await writeOutput(input, result.writeBack, target, Boolean(options.inPlace));

  if (options.export && result.benchmark) {
    steps.step(`Exporting the benchmark to ${options.export}`);
    await exportBenchmark(result.benchmark, options.export);
  }
  steps.done('Done');

  if (options.json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else {
    const lines = issueLines(result.issues, 20);
    process.stdout.write(
      `${lines.length ? `${lines.join('\n')}\n\n` : ''}${summaryText(result)}\n`,
    );
  }
  return result.ok ? EXIT.ok : EXIT.invalid;
}
