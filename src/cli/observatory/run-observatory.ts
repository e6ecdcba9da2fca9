/**
 * The observatory job: open the pack -> page model -> files on disk -> summary.
 * @module
 */

import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defaultPackDir } from '../../adapters/pack/fs-pack-reader.ts';
import { openObservatorySource } from '../../adapters/site/open-source.ts';
import { packFiles } from '../../adapters/site/pack-files.ts';
import type { BenchmarkRead } from '../../adapters/site/read-benchmark.ts';
import { SITE_MARKER, targetProblem, writeSite } from '../../adapters/site/write-site.ts';
import { issueMessages } from '../../core/contract/issue.ts';
import { corridorFiles, siteFiles } from '../../core/observatory/site.ts';
import { siteContext } from '../../core/observatory/site-context.ts';
import { EXIT, UsageError } from '../exit.ts';
import { generationTime } from '../options.ts';
import { progress } from '../report/progress.ts';

export interface ObservatoryCliOptions {
  out: string;
  minStock: number;
  benchmark?: string;
  hub?: string;
  assessedBy?: string;
  siteUrl?: string;
  corridor?: string;
  now?: string;
  quiet?: boolean;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export async function runObservatory(options: ObservatoryCliOptions): Promise<number> {
  const started = Date.now();
  if (options.siteUrl && !/^https?:\/\/[^\s]+$/.test(options.siteUrl))
    throw new UsageError(`--site-url expects an absolute http(s) URL, got "${options.siteUrl}"`);
  const problem = targetProblem(options.out);
  if (problem) throw new UsageError(problem);
  if (options.benchmark && options.hub)
    throw new UsageError('--benchmark and --hub both name the assessment; give one of them');
  const steps = progress(Boolean(options.quiet), options.benchmark || options.hub ? 3 : 2);

  let benchmark: BenchmarkRead | undefined;
  if (options.benchmark) {
    steps.step(`Reading the assessment ${options.benchmark}`);
    // loaded on use: the xlsx reader and the engine are heavy, and most builds need neither
    const { readBenchmark } = await import('../../adapters/site/read-benchmark.ts');
    benchmark = await readBenchmark(options.benchmark, options.assessedBy);
    if (!benchmark.ok) throw new UsageError(issueMessages(benchmark.issues));
  } else if (options.hub) {
    steps.step('Reading the results stored in the hub');
    const { readHub } = await import('../../adapters/site/read-hub.ts');
    benchmark = await readHub(options.hub, process.env, options.assessedBy);
    if (!benchmark.ok) throw new UsageError(issueMessages(benchmark.issues));
  }
  steps.step('Opening the open-data pack');
  const only = options.corridor?.toUpperCase().split('-').slice(0, 2);
  const packDir = defaultPackDir();
  const source = await openObservatorySource(packDir, only);
  const ctx = siteContext(source, {
    minStock: options.minStock,
    siteUrl: options.siteUrl ?? null,
    generatedAt: generationTime(options.now),
    includesPack: true,
    ...(benchmark?.ok
      ? {
          benchmark: {
            benchmark: benchmark.benchmark,
            assessedBy: benchmark.assessedBy,
            file: benchmark.file,
            ...(benchmark.runId ? { runId: benchmark.runId } : {}),
          },
        }
      : {}),
  });

  if (options.corridor) {
    const id = options.corridor.toUpperCase();
    const [origin, destination, extra] = id.split('-');
    if (!origin || !destination || extra !== undefined || !ctx.pairIds.has(id))
      throw new UsageError(
        `--corridor expects ORIGIN-DESTINATION with at least ${options.minStock} migrants in 2020 (e.g. MEX-USA), got "${options.corridor}"`,
      );
    if (!existsSync(join(options.out, SITE_MARKER)))
      throw new UsageError(
        `${options.out} is not a built observatory; build the whole site first (without --corridor)`,
      );
    steps.step(`Rebuilding ${id}`);
    for (const f of corridorFiles(ctx, origin, destination)) {
      const path = join(options.out, f.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(`${path}.tmp`, f.content);
      renameSync(`${path}.tmp`, path);
    }
    steps.done(`Rebuilt ${id} in ${options.out}`);
    return EXIT.ok;
  }

  steps.step(`Writing ${ctx.pairs.length} corridor pages and their countries to ${options.out}`);
  const report = writeSite(
    options.out,
    (function* () {
      yield* siteFiles(ctx);
      yield* packFiles(packDir);
    })(),
  );
  steps.done('Done');
  process.stdout.write(
    `Observatory: ${ctx.pairs.length} corridors (>= ${options.minStock} migrants), ${report.files} files, ${(report.bytes / 1024 / 1024).toFixed(1)} MB in ${options.out}; largest page ${report.largestPage.path} ${kb(report.largestPage.bytes)}; ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
  return EXIT.ok;
}
