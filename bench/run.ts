/**
 * `npm run bench [-- name]`: runs every bench/*.bench.ts (or those whose name
 * contains the filter) one after another, each in a fresh process, and prints
 * their figures. Each bench prints its own lines.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const filter = process.argv[2] ?? '';
const dir = new URL('.', import.meta.url).pathname;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();
let failed = 0;
for (const file of files) {
  process.stdout.write(`\n== ${file}\n`);
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(dir, file)], {
    stdio: 'inherit',
  });
  if (run.status !== 0) failed++;
}
process.stdout.write(`\n${files.length} bench file(s), ${failed} failed\n`);
process.exitCode = failed ? 1 : 0;
