/** `corridor-monitor observatory --out site/`: the public observatory as static files. @module */
import type { Command } from 'commander';
import { isoTime, wholeNumber } from '../options.ts';

export function registerObservatory(program: Command): void {
  program
    .command('observatory')
    .description(
      'Build the public observatory: a static page for every corridor and country, from the open-data pack',
    )
    .option('-o, --out <dir>', 'folder to write the site into (replaced on every build)', 'site')
    .option(
      '--min-stock <n>',
      'pairs with at least this many migrants in 2020 get a page',
      wholeNumber('--min-stock', 1),
      1000,
    )
    .option(
      '--benchmark <file>',
      'add the scores, rank intervals and data gaps of an assessment (assessed .xlsx or benchmark.json)',
    )
    .option(
      '--hub <id or link>',
      "add the scores, rank intervals and data gaps stored by a hub's last recalculation (read-only; needs CM_SHEETS_SERVICE_ACCOUNT_JSON)",
    )
    .option(
      '--assessed-by <name>',
      'who assessed (default: the hub title, else the team column of the workbook, else "the hub")',
    )
    .option(
      '--site-url <url>',
      'absolute URL the site is served at, for Open Graph tags (e.g. https://example.org/observatory/)',
    )
    .option(
      '--corridor <id>',
      'rebuild only this corridor (ORIGIN-DESTINATION) in an existing site',
    )
    .option(
      '--now <time>',
      'build time written into the pages (default: now, or SOURCE_DATE_EPOCH)',
      isoTime,
    )
    .option('-q, --quiet', 'no progress lines on stderr')
    .addHelpText(
      'after',
      '\nServe the folder from any static host; `npm start` serves it under /observatory/.\n' +
        'Example: corridor-monitor observatory --out site --benchmark out/benchmark/benchmark.json --assessed-by "Hub team"\n' +
        '         corridor-monitor observatory --out site --hub https://docs.google.com/spreadsheets/d/<hub id>/edit',
    )
    .action(async (options) => {
      const { runObservatory } = await import('../observatory/run-observatory.ts');
      process.exitCode = await runObservatory(options);
    });
}
