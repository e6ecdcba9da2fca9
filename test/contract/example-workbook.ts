/** The bundled example observatory (examples/observatory/*.csv) as the workbook the API receives. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/core/contract/csv.ts';
import type { Workbook } from '../../src/core/contract/workbook.ts';

export const EXAMPLE_DIR = new URL('../../examples/observatory/', import.meta.url).pathname;

export function exampleWorkbook(dir = EXAMPLE_DIR): Workbook {
  const tabs: Workbook['tabs'] = {};
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort()) {
    tabs[file.slice(0, -4)] = parseCsv(readFileSync(join(dir, file), 'utf8'));
  }
  return { tabs };
}
