/**
 * Writes one generated observatory (N corridors x 70 indicators x 30 years)
 * as the input of `bench/cli.bench.ts`: an .xlsx file or a folder of CSV
 * tabs. Run in its own process with a large heap, since the generator holds
 * the whole workbook and its submission (1,600 corridors: 3,360,000 rows).
 *
 * Usage: node --import tsx bench/cli-input.ts xlsx|csv CORRIDORS PATH
 */
import { writeFileSync } from 'node:fs';
import { writeCsvFolder } from '../src/adapters/fs/csv-folder.ts';
import { gridsToXlsx } from '../src/adapters/xlsx/package/grids-to-xlsx.ts';
import { generateObservatory } from '../test/assess/fixtures/generated-workbook.ts';

const [kind, count, path] = process.argv.slice(2);
const corridors = Number(count);
if ((kind !== 'xlsx' && kind !== 'csv') || !(corridors > 0) || !path)
  throw new Error(`expected xlsx|csv CORRIDORS PATH, got ${process.argv.slice(2).join(' ')}`);
const { workbook } = generateObservatory({ corridors, indicators: 70, years: 30, seed: 7 });
if (kind === 'xlsx') writeFileSync(path, await gridsToXlsx(workbook));
else await writeCsvFolder(path, workbook);
process.stdout.write(`${(workbook.tabs.Indicators?.length ?? 1) - 1}\n`);
