/**
 * The main job end to end at scale: `corridor-monitor assess` on a generated
 * 200-corridor x 70-indicator x 30-year .xlsx, in a fresh process, with wall
 * time and peak memory from /usr/bin/time. Target: under 5 s and 1 GB.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeXlsx } from '../src/adapters/xlsx/index.ts';
import { generateObservatory } from '../test/assess/fixtures/generated-workbook.ts';

const dir = mkdtempSync(join(tmpdir(), 'cm-bench-'));
const file = join(dir, 'observatory-200.xlsx');
const { workbook } = generateObservatory({ corridors: 200, indicators: 70, years: 30, seed: 7 });
const rows = workbook.tabs.Indicators?.length ?? 0;
writeFileSync(file, await writeXlsx(workbook));
const size = statSync(file).size;

function timed(args: string[]): { seconds: number; peakMb: number; status: number | null } {
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', '%e %M', process.execPath, 'bin/corridor-monitor.mjs', ...args],
    {
      encoding: 'utf8',
    },
  );
  const last = run.stderr.trim().split('\n').at(-1) ?? '';
  const [seconds, kb] = last.split(' ').map(Number);
  return { seconds: seconds ?? Number.NaN, peakMb: (kb ?? Number.NaN) / 1024, status: run.status };
}

const startup = timed(['--version']);
const out = join(dir, 'assessed.xlsx');
const full = timed([
  'assess',
  file,
  '--out',
  out,
  '--uncertainty',
  '0',
  '--quiet',
  '--now',
  '2026-01-01T00:00:00Z',
]);
const withUa = timed([
  'assess',
  file,
  '--out',
  out,
  '--uncertainty',
  '100',
  '--quiet',
  '--now',
  '2026-01-01T00:00:00Z',
]);

console.log(
  `workbook: 200 corridors x 70 indicators x 30 years = ${rows - 1} Indicators rows, ${(size / 1024 / 1024).toFixed(1)} MB`,
);
console.log(
  `process start-up (node + tsx, --version): ${startup.seconds.toFixed(2)} s, ${startup.peakMb.toFixed(0)} MB`,
);
console.log(
  `assess end to end, no uncertainty: ${full.seconds.toFixed(2)} s, peak ${full.peakMb.toFixed(0)} MB (exit ${full.status}; target < 5 s, < 1 GB)`,
);
console.log(
  `assess end to end, 100 uncertainty runs: ${withUa.seconds.toFixed(2)} s, peak ${withUa.peakMb.toFixed(0)} MB (exit ${withUa.status})`,
);
rmSync(dir, { recursive: true, force: true });
