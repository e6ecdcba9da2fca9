/** `corridor-monitor assess FILE`: validate, score and write the benchmark tabs. @module */
import type { Command } from 'commander';
import { isoTime, megabytes, wholeNumber } from '../options.ts';

export function registerAssess(program: Command): void {
  program
    .command('assess')
    .description(
      'Validate a corridor workbook, score it and write the benchmark tabs (input tabs are never modified)',
    )
    .argument('<file>', 'an .xlsx workbook or a folder of CSV tabs')
    .option(
      '-o, --out <path>',
      'where to write the assessed workbook (default: <file>-assessed.xlsx beside the input)',
    )
    .option('--in-place', 'write the benchmark tabs into the input workbook itself')
    .option('--export <dir>', 'also export the benchmark as CSV, JSON and SDMX-CSV into <dir>')
    .option(
      '--uncertainty <runs>',
      'Monte Carlo runs for rank intervals (overrides the Method tab; 0 = skip)',
      wholeNumber('--uncertainty'),
    )
    .option('--seed <seed>', 'random seed for the uncertainty analysis', wholeNumber('--seed'))
    .option('--max-size <MB>', 'refuse workbooks larger than this', megabytes)
    .option(
      '--max-rows <n>',
      'refuse tabs with more rows than this (default 500000; the cells limit follows at 16 per row)',
      wholeNumber('--max-rows', 1),
    )
    .option(
      '--now <time>',
      'generation time written into the tabs (default: now, or SOURCE_DATE_EPOCH)',
      isoTime,
    )
    .option('--json', 'print the whole result as JSON instead of the summary')
    .option('-q, --quiet', 'no progress lines on stderr')
    .addHelpText(
      'after',
      '\nExit codes: 0 assessed, 1 validation errors (only the Validation tab is written), 2 bad usage or unreadable file.\n' +
        'Example: corridor-monitor assess examples/observatory.xlsx --out out/assessed.xlsx --export out/benchmark',
    )
    .action(async (file: string, options) => {
      // loaded on use, so --help stays fast and needs neither exceljs nor the engine
      const { runAssess } = await import('../assess/run-assess.ts');
      process.exitCode = await runAssess(file, options);
    });
}
