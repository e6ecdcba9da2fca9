/** Rewrites the generated tables in docs/ from the code: `npm run docs:tables`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { generatedTables, withTable } from './docs/generated-tables.ts';

const pages = new Map<string, string>();
for (const table of generatedTables()) {
  const page = pages.get(table.file) ?? readFileSync(table.file, 'utf8');
  pages.set(table.file, withTable(page, table));
}
for (const [file, text] of pages) writeFileSync(file, text);
console.log(`docs tables written: ${[...pages.keys()].join(', ')}`);
