/** The template command's work: plan the corridors, build, write. @module */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../../adapters/fs/atomic-write.ts';
import { writeCsvFolder } from '../../adapters/fs/csv-folder.ts';
import { writeXlsx } from '../../adapters/xlsx/index.ts';
import { buildTemplate, checkCorridorSpecs } from '../../core/template/index.ts';
import { EXIT, UsageError } from '../exit.ts';
import { generationTime } from '../options.ts';

export interface CorridorArg {
  origin: string;
  transit?: string;
  destination: string;
}

export interface TemplateCliOptions {
  corridor: CorridorArg[];
  transit?: string;
  period?: [number, number];
  out: string;
  now?: string;
}

export async function runTemplate(options: TemplateCliOptions): Promise<number> {
  if (options.transit && options.corridor.length > 1) {
    throw new UsageError(
      '--transit applies to a single --corridor; for several, write ORIGIN-TRANSIT-DESTINATION',
    );
  }
  const corridors = options.corridor.map((c) => ({
    ...c,
    ...(options.transit ? { transit: options.transit.toUpperCase() } : {}),
    ...(options.period ? { periodStart: options.period[0], periodEnd: options.period[1] } : {}),
  }));
  const problems = checkCorridorSpecs(corridors).filter((i) => i.severity === 'error');
  if (problems.length > 0) throw new UsageError(problems.map((p) => p.message).join('; '));
  const generatedAt = generationTime(options.now);
  const built = buildTemplate({ corridors, generatedAt });
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
  process.stderr.write(
    `Wrote ${options.out}: ${corridors.length} corridor(s), tabs ${Object.keys(built.workbook.tabs).join(', ')}\n`,
  );
  return EXIT.ok;
}
