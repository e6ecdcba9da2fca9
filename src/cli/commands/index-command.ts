/**
 * `corridor-monitor index`: the composite-indicator engine on COINr-format CSV
 * tables. Reads iData and iMeta, runs a pipeline spec, writes the results, each
 * stage with --stages, and rank intervals with --uncertainty.
 * @module
 */
import type { Command } from 'commander';
import { DEFAULT_INDEX_SPEC } from '../../core/engine/index-defaults.ts';
import { UsageError } from '../exit.ts';
import { wholeNumber } from '../options.ts';

export interface IndexCliOptions {
  data: string;
  meta: string;
  spec?: string;
  out?: string;
  stages?: string;
  uncertainty?: number;
  uncertaintyOut?: string;
  seed?: number;
  quiet?: boolean;
}

export function registerIndex(program: Command): void {
  program
    .command('index')
    .description(
      'Build a composite indicator from COINr-format iData/iMeta CSV tables (COINr-conformant pipeline)',
    )
    .requiredOption(
      '--data <iData.csv>',
      'units x indicators (uCode, optional uName, Time, group and denominator columns)',
    )
    .requiredOption(
      '--meta <iMeta.csv>',
      'the indicator tree: Level, iCode, Direction, Weight, Parent, Type, ...',
    )
    .option(
      '--spec <pipeline.json>',
      'pipeline spec in COINr vocabulary (default: n_minmax [0,100] + a_amean)',
    )
    .option('-o, --out <results.csv>', 'write the results table here (default: stdout)')
    .option(
      '--stages <dir>',
      'also write every stage (Raw, Denominated, ..., Aggregated), treatment details and the log',
    )
    .option(
      '--uncertainty <runs>',
      'Monte Carlo runs for rank intervals (uCode, Nominal, Mean, Median, Q5, Q95)',
      wholeNumber('--uncertainty', 1),
    )
    .option(
      '--uncertainty-out <file>',
      'where to write the rank intervals (default: <out>.uncertainty.csv, or stdout)',
    )
    .option('--seed <seed>', 'random seed for --uncertainty (default 1)', wholeNumber('--seed'))
    .option('-q, --quiet', 'no progress lines on stderr')
    .addHelpText(
      'after',
      '\nExit codes: 0 done, 2 bad usage or bad input (the message names file, row and column).\n' +
        'Example: corridor-monitor index --data iData.csv --meta iMeta.csv --spec pipeline.json --out results.csv --stages stages/\n',
    )
    .action(async (options: IndexCliOptions) => {
      await runIndex(options);
      process.exitCode = 0;
    });
}

async function runIndex(o: IndexCliOptions): Promise<void> {
  const { readFile, writeFile, mkdir } = await import('node:fs/promises');
  const { dirname, join } = await import('node:path');
  const E = await import('../../core/engine/index.ts');
  const say = (line: string) => {
    if (!o.quiet) process.stderr.write(`${line}\n`);
  };
  const read = async (file: string, flag: string) => {
    try {
      return await readFile(file, 'utf8');
    } catch (e) {
      throw new UsageError(
        `cannot read ${flag} file ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`,
      );
    }
  };
  const [dataText, metaText] = [await read(o.data, '--data'), await read(o.meta, '--meta')];
  const read1 = E.readCoinCsv({
    iData: { name: o.data, text: dataText },
    iMeta: { name: o.meta, text: metaText },
  });
  if (!read1.ok) {
    const p = read1.issues[0]!;
    const more = read1.issues.length > 1 ? ` (and ${read1.issues.length - 1} more problem(s))` : '';
    throw new UsageError(`${p.path}, row ${p.row}, column ${p.column}: ${p.message}${more}`);
  }
  const input = read1.input;
  let specJson: unknown = DEFAULT_INDEX_SPEC;
  if (o.spec) {
    const text = await read(o.spec, '--spec');
    try {
      specJson = JSON.parse(text);
    } catch (e) {
      throw new UsageError(`${o.spec}: not valid JSON: ${(e as Error).message}`);
    }
  }
  const parsed = E.parsePipelineSpec(specJson);
  if (!parsed.ok) {
    const i = parsed.issues[0]!;
    const more = parsed.issues.length > 1 ? ` (and ${parsed.issues.length - 1} more issue(s))` : '';
    throw new UsageError(`${o.spec ?? 'default spec'}, key ${i.path}: ${i.message}${more}`);
  }
  const spec = parsed.spec;
  say(`index: ${input.units.length} units x ${Object.keys(input.indicators).length} indicators`);
  const run = E.runPipeline(input, spec);
  if (!run.ok) {
    const p = run.issues[0]!;
    const more = run.issues.length > 1 ? ` (and ${run.issues.length - 1} more problem(s))` : '';
    const row = p.unit !== undefined ? input.units.indexOf(p.unit) : -1;
    const where =
      row >= 0 && p.iCode
        ? `${o.data}, row ${row + 2}, column ${p.iCode}: `
        : p.iCode
          ? `${o.meta}, iCode ${p.iCode}: `
          : '';
    throw new UsageError(`${where}${p.message}${more}`);
  }
  const { result } = run;
  const resultsCsv = E.resultsToCsv(result.results);
  if (o.out) {
    await mkdir(dirname(o.out), { recursive: true });
    await writeFile(o.out, resultsCsv);
    say(`index: results written to ${o.out}`);
  } else process.stdout.write(resultsCsv);
  if (o.stages) {
    await mkdir(o.stages, { recursive: true });
    for (const [name, data] of Object.entries(result.datasets))
      await writeFile(join(o.stages, `${name}.csv`), E.datasetToCsv(data));
    if (result.treatment)
      await writeFile(join(o.stages, 'Treatment.csv'), E.treatmentToCsv(result.treatment));
    await writeFile(join(o.stages, 'log.json'), `${JSON.stringify(result.log, null, 2)}\n`);
    say(`index: ${Object.keys(result.datasets).length} stage(s) written to ${o.stages}`);
  }
  if (o.uncertainty) await runUncertaintyCli(o, input, spec, say);
}

async function runUncertaintyCli(
  o: IndexCliOptions,
  input: import('../../core/engine/types.ts').CoinInput,
  spec: import('../../core/engine/spec.ts').PipelineSpec,
  say: (line: string) => void,
): Promise<void> {
  const { writeFile, mkdir } = await import('node:fs/promises');
  const { dirname } = await import('node:path');
  const { rankStatsToCsv } = await import('../../core/engine/write/rank-stats-to-csv.ts');
  // loaded on use, so --help and runs without --uncertainty stay fast
  const { runUncertainty } = await import('../../core/engine/uncertainty/run-uncertainty.ts');
  const runs = o.uncertainty!;
  const step = Math.max(1, Math.round(runs / 10));
  say(`uncertainty: ${runs} run(s), seed ${o.seed ?? 1}`);
  const stats = runUncertainty(input, spec, {
    runs,
    seed: o.seed ?? 1,
    onProgress: (done, total) => {
      if (done % step === 0 || done === total) say(`uncertainty: ${done}/${total}`);
    },
  });
  const csv = rankStatsToCsv(stats);
  const target =
    o.uncertaintyOut ?? (o.out ? o.out.replace(/(\.csv)?$/i, '.uncertainty.csv') : undefined);
  if (target) {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, csv);
    say(`uncertainty: rank intervals written to ${target}`);
  } else process.stdout.write(`\r\n${csv}`);
}
