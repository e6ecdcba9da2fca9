import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { parseCsv } from '../../src/core/contract/csv.ts';

const run = promisify(execFile);

/** Opens an .xlsx in LibreOffice Calc (headless) and exports every sheet as CSV: proof it opens. */
export async function calcSheetsAsCsv(
  xlsx: string,
  outDir: string,
): Promise<Record<string, string[][]>> {
  await mkdir(outDir, { recursive: true });
  const profile = `file://${join(outDir, 'lo-profile')}`;
  // 44 = comma, 34 = quote, UTF8, start row 1, ..., last field -1 = every sheet to its own file
  const filter = 'csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1';
  await run(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=${profile}`,
      '--convert-to',
      filter,
      '--outdir',
      outDir,
      xlsx,
    ],
    {
      timeout: 120_000,
    },
  );
  const stem = basename(xlsx, '.xlsx');
  const sheets: Record<string, string[][]> = {};
  for (const file of await readdir(outDir)) {
    if (file.startsWith(`${stem}-`) && file.endsWith('.csv')) {
      sheets[file.slice(stem.length + 1, -4)] = parseCsv(
        await readFile(join(outDir, file), 'utf8'),
      );
    }
  }
  return sheets;
}
