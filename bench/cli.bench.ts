/**
 * The main job end to end, as a user runs it: the compiled `corridor-monitor`
 * in a fresh process per run, wall time, CPU time and peak memory from
 * /usr/bin/time. Prints the figures docs/workbook-io.md quotes:
 * - assess on generated .xlsx observatories of 25..400 corridors x 70
 *   indicators x 30 years, and the growth exponent fitted over them;
 * - reading the bundled example; `--help`; hostile files (far cell,
 *   1,000,000 rows, zip bomb) ending with one line.
 * 1,600 corridors x 70 x 30 is 3,360,000 Indicators rows, over Excel's
 * 1,048,576 rows per tab (the reader's row limit), so it is not an .xlsx a
 * user can have; the bench says so instead of running it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsx } from '../src/adapters/xlsx/index.ts';
import { gridsToXlsx } from '../src/adapters/xlsx/package/grids-to-xlsx.ts';
import { generateObservatory } from '../test/assess/fixtures/generated-workbook.ts';
import { farCell, manyRows, zipBomb } from '../test/fuzz/hostile-workbooks.ts';

const SIZES = (process.env.CM_BENCH_SIZES ?? '25,50,100,200,400').split(',').map(Number);
/** Today's figures before issue 9 (exceljs reader and writer, tsx at run time), from the issue. */
const BEFORE: Record<number, number> = { 25: 9.8, 50: 18.8, 100: 48.0, 200: 220 };

if (!existsSync('dist/cli/bin.js')) spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
const dir = mkdtempSync(join(tmpdir(), 'cm-bench-'));

interface Timed {
  wall: number;
  cpu: number;
  peakMb: number;
  status: number | null;
  stderr: string;
}

function timed(args: string[]): Timed {
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', '%e %U %S %M', process.execPath, 'bin/corridor-monitor.mjs', ...args],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const lines = run.stderr
    .trim()
    .split('\n')
    .filter((l) => !l.startsWith('Command exited'));
  const [wall, user, sys, kb] = (lines.at(-1) ?? '').split(' ').map(Number);
  return {
    wall: wall ?? Number.NaN,
    cpu: (user ?? 0) + (sys ?? 0),
    peakMb: (kb ?? Number.NaN) / 1024,
    status: run.status,
    stderr: lines.slice(0, -1).join(' '),
  };
}

const fmt = (t: Timed) =>
  `${t.wall.toFixed(2)} s wall, ${t.cpu.toFixed(2)} s CPU, peak ${t.peakMb.toFixed(0)} MB (exit ${t.status})`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Least-squares slope of log(y) on log(x). */
function exponent(xs: number[], ys: number[]): number {
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < lx.length; i++) {
    num += (lx[i]! - mx) * (ly[i]! - my);
    den += (lx[i]! - mx) ** 2;
  }
  return num / den;
}

const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
console.log(
  `machine load average at start: ${load()} (2 cores shared; wall times include waiting for a core)`,
);

const help = [0, 1, 2, 3, 4].map(() => timed(['--help']));
console.log(
  `--help: median ${median(help.map((t) => t.wall)).toFixed(3)} s wall, peak ${help[0]!.peakMb.toFixed(0)} MB (target < 0.15 s; before: tsx at run time, about 0.2 s more per start)`,
);

const example = new Uint8Array(readFileSync('examples/observatory.xlsx'));
const readMs: number[] = [];
for (let i = 0; i < 5; i++) {
  const started = performance.now();
  const read = await readXlsx(example, 'observatory.xlsx');
  if (!read.ok) throw new Error(read.issues[0]!.message);
  readMs.push(performance.now() - started);
}
console.log(
  `reading the bundled example (in process, warm): median ${median(readMs).toFixed(0)} ms (target < 300 ms)`,
);

const fitted: number[] = [];
const walls: number[] = [];
const cpus: number[] = [];
for (const corridors of SIZES) {
  const { workbook } = generateObservatory({ corridors, indicators: 70, years: 30, seed: 7 });
  const file = join(dir, `observatory-${corridors}.xlsx`);
  writeFileSync(file, await gridsToXlsx(workbook));
  const rows = (workbook.tabs.Indicators?.length ?? 1) - 1;
  const t = timed([
    'assess',
    file,
    '--out',
    join(dir, `assessed-${corridors}.xlsx`),
    '--uncertainty',
    '0',
    '--quiet',
    '--now',
    '2026-01-01T00:00:00Z',
    '--max-rows',
    '1048576',
  ]);
  if (t.status === 0) {
    fitted.push(corridors);
    walls.push(t.wall);
    cpus.push(t.cpu);
  }
  const before = BEFORE[corridors] ? `; before ${BEFORE[corridors]} s` : '';
  const why =
    t.status === 0
      ? ''
      : ` -> ${t.stderr
          .replace(/^corridor-monitor: /, '')
          .replace(dir, '')
          .slice(0, 160)}`;
  console.log(
    `assess ${corridors} corridors x 70 x 30 (${rows.toLocaleString('en-US')} rows, ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB): ${fmt(t)}${why}${before}${corridors === 200 ? ' (target < 3 s, < 600 MB; before 220 s, 4.6 GB)' : ''}`,
  );
  rmSync(file);
}
if (fitted.length > 1) {
  console.log(
    `growth exponent ${fitted[0]}..${fitted.at(-1)} corridors: ${exponent(fitted, cpus).toFixed(2)} on CPU time, ${exponent(fitted, walls).toFixed(2)} on wall time (target <= 1.1; before 1.48 on 25..200)`,
  );
}
console.log(
  '1,600 corridors x 70 x 30: not run (3,360,000 Indicators rows, over the 1,048,576 rows per tab of Excel and of the reader)',
);

const hostile: [string, Uint8Array][] = [
  ['far cell (A1 and XFD1048576)', farCell()],
  ['1,000,000 Indicators rows', manyRows(1_000_000)],
  ['zip bomb (1 GB of blanks in one part)', zipBomb(1024)],
];
for (const [what, bytes] of hostile) {
  const file = join(dir, 'hostile.xlsx');
  writeFileSync(file, bytes);
  const t = timed(['validate', file]);
  console.log(
    `hostile: ${what}, ${(bytes.length / 1024 / 1024).toFixed(1)} MB: ${fmt(t)} -> ${t.stderr
      .replace(/^corridor-monitor: /, '')
      .replace(dir, '')
      .slice(0, 140)} (target < 2 s, < 300 MB)`,
  );
}
rmSync(dir, { recursive: true, force: true });
