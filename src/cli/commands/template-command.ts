/** `corridor-monitor template`: a new, empty corridor workbook to fill. @module */
import { type Command, InvalidArgumentError } from 'commander';
import { isoTime } from '../options.ts';
import type { CorridorArg } from '../template/run-template.ts';

function corridorArg(text: string, previous: CorridorArg[] = []): CorridorArg[] {
  const parts = text
    .toUpperCase()
    .split(/[-–>]+/)
    .filter(Boolean);
  if (parts.length < 2 || parts.length > 3 || !parts.every((p) => /^[A-Z]{2,5}$/.test(p))) {
    throw new InvalidArgumentError(
      `--corridor expects ORIGIN-DESTINATION or ORIGIN-TRANSIT-DESTINATION in ISO 3166 alpha-3 codes (e.g. MEX-USA), got "${text}"`,
    );
  }
  const [origin, a, b] = parts as [string, string, string?];
  return [...previous, b ? { origin, transit: a, destination: b } : { origin, destination: a }];
}

function period(text: string): [number, number] {
  const m = /^(\d{4})\s*[-–:]\s*(\d{4})$/.exec(text);
  if (!m || Number(m[1]) > Number(m[2]))
    throw new InvalidArgumentError(
      `--period expects START-END years such as 2010-2022, got "${text}"`,
    );
  return [Number(m[1]), Number(m[2])];
}

function minStock(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError(
      `--all-with-stock expects a whole number of migrants such as 500000, got "${text}"`,
    );
  return n;
}

export function registerTemplate(program: Command): void {
  program
    .command('template')
    .description('Write a new corridor template workbook (one corridor, or an observatory of many)')
    .option(
      '--corridor <id>',
      'corridor as ORIGIN-DESTINATION or ORIGIN-TRANSIT-DESTINATION (repeat for an observatory)',
      corridorArg,
    )
    .option(
      '--prefill',
      'fill every value the open-data pack (data/pack) has, with source, code and a note per cell',
    )
    .option(
      '--all-with-stock <n>',
      'every corridor with at least n migrants (UN DESA 2020), pre-filled: an observatory workbook',
      minStock,
    )
    .option('--transit <code>', 'transit country (ISO alpha-3) for a single --corridor')
    .option('--period <years>', 'reference period, e.g. 2010-2022', period)
    .requiredOption('-o, --out <path>', 'an .xlsx file, or a folder for CSV tabs')
    .option('--now <time>', 'generation time written into the workbook', isoTime)
    .addHelpText(
      'after',
      '\nExamples:\n  corridor-monitor template --corridor MEX-USA --transit GTM --out mex-usa.xlsx\n  corridor-monitor template --corridor NPL-QAT --prefill --out npl-qat.xlsx\n  corridor-monitor template --all-with-stock 1000000 --out observatory.xlsx',
    )
    .action(async (options) => {
      const { runTemplate } = await import('../template/run-template.ts');
      process.exitCode = await runTemplate(options);
    });
}
