/** The template command's work: plan the corridors, build, write. @module */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../../adapters/fs/atomic-write.ts';
import { writeCsvFolder } from '../../adapters/fs/csv-folder.ts';
import { writeXlsx } from '../../adapters/xlsx/index.ts';
import { buildTemplate, checkCorridorSpecs } from '../../core/template/index.ts';
import { COLUMNS, INPUT_TABS } from '../../core/template/layout.ts';
import { EXIT, UsageError } from '../exit.ts';
import { generationTime } from '../options.ts';

export interface CorridorArg {
  origin: string;
  transit?: string;
  destination: string;
}

export interface TemplateCliOptions {
  corridor?: CorridorArg[];
  transit?: string;
  period?: [number, number];
  out: string;
  now?: string;
  /** Fill every value the open-data pack has. */
  prefill?: boolean;
  /** Every corridor of the pack with at least this many migrants (implies --prefill). */
  allWithStock?: number;
}

async function corridorProblems(corridors: readonly CorridorArg[]): Promise<string[]> {
  const problems = checkCorridorSpecs(corridors).filter((i) => i.severity === 'error');
  const { suggestionFor } = await import('./prefill.ts');
  const lines: string[] = [];
  for (const p of problems) {
    const code = /found "([^"]*)"/.exec(p.message)?.[1];
    lines.push(
      p.code === 'unknown_country' && code ? `${p.message}${await suggestionFor(code)}` : p.message,
    );
  }
  return lines;
}

export async function runTemplate(options: TemplateCliOptions): Promise<number> {
  const prefill = options.prefill === true || options.allWithStock !== undefined;
  const pack = prefill ? await import('./prefill.ts') : undefined;
  const requested = [
    ...(options.corridor ?? []),
    ...(options.allWithStock !== undefined && pack
      ? await pack.allWithStock(options.allWithStock)
      : []),
  ];
  if (requested.length === 0) {
    throw new UsageError(
      'template expects --corridor ORIGIN-DESTINATION (repeatable) or --all-with-stock N',
    );
  }
  if (options.transit && requested.length > 1) {
    throw new UsageError(
      '--transit applies to a single --corridor; for several, write ORIGIN-TRANSIT-DESTINATION',
    );
  }
  const corridors = requested.map((c) => ({
    ...c,
    ...(options.transit ? { transit: options.transit.toUpperCase() } : {}),
    ...(options.period ? { periodStart: options.period[0], periodEnd: options.period[1] } : {}),
  }));
  const problems = await corridorProblems(corridors);
  if (problems.length > 0) throw new UsageError(problems.join('; '));
  const generatedAt = generationTime(options.now);
  const facts = pack ? await pack.prefillFacts(corridors) : undefined;
  const built = buildTemplate({ corridors, generatedAt, ...(facts ? { prefill: facts } : {}) });
  await mkdir(dirname(options.out), { recursive: true });
  if (options.out.toLowerCase().endsWith('.xlsx')) {
    const bytes = await writeXlsx(built.workbook, {
      layout: built.layout,
      patches: built.patches,
      date: new Date(generatedAt),
    });
    await writeFileAtomic(options.out, bytes);
  } else {
    await writeCsvFolder(options.out, built.workbook);
  }
  const filled = facts
    ? `, ${prefilledCount(built.workbook)} value(s) pre-filled from open data`
    : '';
  process.stderr.write(
    `Wrote ${options.out}: ${corridors.length} corridor(s)${filled}, tabs ${Object.keys(built.workbook.tabs).join(', ')}\n`,
  );
  return EXIT.ok;
}

/** Indicator rows with a value (the pre-filled ones, in a new template). */
function prefilledCount(workbook: { tabs: Record<string, unknown[][]> }): number {
  const rows = workbook.tabs[INPUT_TABS.indicators] ?? [];
  const at = COLUMNS.Indicators.indexOf('value');
  return rows.slice(1).filter((r) => r[at] !== '' && r[at] !== undefined && r[at] !== null).length;
}
