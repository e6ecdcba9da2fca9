/** `corridor-monitor validate FILE`: every problem with its cell, nothing written. @module */
import type { Command } from 'commander';
import { megabytes, wholeNumber } from '../options.ts';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description(
      'Check a corridor workbook cell by cell and list every problem with its address; writes nothing',
    )
    .argument('<file>', 'an .xlsx workbook or a folder of CSV tabs')
    .option('--json', 'print the issues as JSON')
    .option('--max-size <MB>', 'refuse workbooks larger than this', megabytes)
    .option(
      '--max-rows <n>',
      'refuse tabs with more rows than this (default 500000; the cells limit follows at 16 per row)',
      wholeNumber('--max-rows', 1),
    )
    .option('--limit <n>', 'show at most this many issues', wholeNumber('--limit', 1), 200)
    .addHelpText(
      'after',
      '\nExit codes: 0 no errors (warnings allowed), 1 validation errors, 2 bad usage or unreadable file.',
    )
    .action(async (file: string, options) => {
      const { runValidate } = await import('../validate/run-validate.ts');
      process.exitCode = await runValidate(file, options);
    });
}
