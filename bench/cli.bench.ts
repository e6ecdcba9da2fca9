/**
 * The main job end to end, as a user runs it: the compiled `corridor-monitor`
 * in a fresh process per run, wall time, CPU time and peak memory from
 * /usr/bin/time. Prints the figures docs/workbook-io.md quotes:
 * - assess on generated .xlsx observatories of 25..400 corridors x 70
 *   indicators x 30 years (400 = 840,000 Indicators rows, the largest that
 *   fits Excel's 1,048,576 rows per tab), and the growth exponent over them;
 * - assess on the same observatories as CSV folders of 25..1,600 corridors
 *   (1,600 = 3,360,000 rows, which no .xlsx tab can hold), and the growth
 *   exponent over them;
 * - reading the bundled example; `--help`; hostile files (far cell,
 *   1,000,000 rows, zip bomb) ending with one line.
 * CM_BENCH_SIZES and CM_BENCH_CSV_SIZES (comma-separated corridor counts,
 * empty for none) keep a run short; CM_BENCH_INPUTS=DIR keeps the generated
 * inputs there and reuses them on the next run.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { readXlsx } from '../src/adapters/xlsx/index.ts';
import { farCell, manyRows, zipBomb } from '../test/fuzz/hostile-workbooks.ts';

const sizes = (text: string) =>
  text
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
const SIZES = sizes(process.env.CM_BENCH_SIZES ?? '25,50,100,200,400');
const CSV_SIZES = sizes(process.env.CM_BENCH_CSV_SIZES ?? '25,50,100,200,400,800,1600');
/** Today's figures before issue 9 (exceljs reader and writer, tsx at run time), from the issue. */
const BEFORE: Record<number, number> = { 25: 9.8, 50: 18.8, 100: 48.0, 200: 220 };

if (!existsSync('dist/cli/bin.js')) spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
const dir = mkdtempSync(join(tmpdir(), 'cm-bench-'));
const inputs = process.env.CM_BENCH_INPUTS ?? join(dir, 'inputs');
mkdirSync(inputs, { recursive: true });

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

/** The generated input of `corridors`, made once (in a process with a large heap); its Indicators rows. */
function input(
  kind: 'xlsx' | 'csv',
  corridors: number,
): { path: string; rows: number; mb: number } {
  const path = join(inputs, `observatory-${corridors}${kind === 'xlsx' ? '.xlsx' : ''}`);
  const rowsFile = `${path}.rows`;
  if (!existsSync(rowsFile)) {
    rmSync(path, { recursive: true, force: true });
    const made = spawnSync(
      process.execPath,
      [
        '--max-old-space-size=16000',
        '--import',
        'tsx',
        'bench/cli-input.ts',
        kind,
        String(corridors),
        path,
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    if (made.status !== 0) throw new Error(`generating ${path} failed`);
    writeFileSync(rowsFile, made.stdout.trim());
  }
  const bytes =
    kind === 'xlsx'
      ? statSync(path).size
      : readdirSync(path).reduce((n, f) => n + statSync(join(path, f)).size, 0);
  return { path, rows: Number(readFileSync(rowsFile, 'utf8')), mb: bytes / 1024 / 1024 };
}

interface Series {
  sizes: number[];
  walls: number[];
  cpus: number[];
}

/** `assess` as every timed run calls it: no uncertainty runs, a fixed clock, limits that admit the input. */
function assessArgs(path: string, out: string, rows: number, mb: number): string[] {
  const maxRows = String(Math.max(1_048_576, rows + 1));
  const maxSize = String(Math.ceil(mb) + 1);
  return [
    'assess',
    path,
    '--out',
    out,
    '--uncertainty',
    '0',
    '--quiet',
    '--now',
    '2026-01-01T00:00:00Z',
    '--max-rows',
    maxRows,
    '--max-size',
    maxSize,
  ];
}

function runSizes(kind: 'xlsx' | 'csv', list: number[]): Series {
  const series: Series = { sizes: [], walls: [], cpus: [] };
  for (const corridors of list) {
    const { path, rows, mb } = input(kind, corridors);
    const out = join(dir, `assessed-${corridors}${kind === 'xlsx' ? '.xlsx' : ''}`);
    const t = timed(assessArgs(path, out, rows, mb));
    rmSync(out, { recursive: true, force: true });
    if (!process.env.CM_BENCH_INPUTS) rmSync(path, { recursive: true, force: true });
    if (t.status === 0) {
      series.sizes.push(corridors);
      series.walls.push(t.wall);
      series.cpus.push(t.cpu);
    }
    const why =
      t.status === 0
        ? ''
        : /heap out of memory|Last few GCs/.test(t.stderr)
          ? ` -> out of memory at the V8 heap limit of ${(getHeapStatistics().heap_size_limit / 1024 ** 3).toFixed(1)} GB (Node's default here)`
          : ` -> ${t.stderr
              .replace(/^corridor-monitor: /, '')
              .replace(dir, '')
              .slice(0, 160)}`;
    const before = kind === 'xlsx' && BEFORE[corridors] ? `; before ${BEFORE[corridors]} s` : '';
    let target = '';
    if (kind === 'xlsx' && corridors === 200)
      target = ` -> target < 3 s, < 600 MB: ${t.wall < 3 && t.peakMb < 600 ? 'met' : 'NOT met'} (before 220 s, 4.6 GB)`;
    if (kind === 'csv' && corridors === 1600)
      target = ` -> target < 20 s: ${t.status === 0 && t.wall < 20 ? 'met' : 'NOT met'}`;
    console.log(
      `assess ${corridors} corridors x 70 x 30 as ${kind === 'xlsx' ? '.xlsx' : 'a CSV folder'} (${rows.toLocaleString('en-US')} rows, ${mb.toFixed(1)} MB): ${fmt(t)}${why}${before}${target}`,
    );
  }
  return series;
}

/**
 * The generated .xlsx holds its texts inline; a workbook saved by a spreadsheet
 * application holds them once, in shared strings, so its sheet XML is smaller.
 * Times `assess` (median of 3) on the generated workbook as LibreOffice Calc saves it.
 */
function calcSaved(corridors: number): void {
  if (!SIZES.includes(corridors) || spawnSync('soffice', ['--version']).status !== 0) return;
  const saved = join(inputs, `observatory-${corridors}-calc.xlsx`);
  if (!existsSync(saved)) {
    const generated = join(inputs, `observatory-${corridors}.xlsx`);
    rmSync(`${generated}.rows`, { force: true });
    const { path } = input('xlsx', corridors);
    const outdir = mkdtempSync(join(tmpdir(), 'cm-calc-'));
    spawnSync('soffice', ['--headless', '--convert-to', 'xlsx', '--outdir', outdir, path], {
      timeout: 600_000,
    });
    if (!existsSync(join(outdir, basename(path)))) {
      console.log(
        `assess ${corridors} corridors as saved by LibreOffice Calc: not run (the conversion failed)`,
      );
      return;
    }
    renameSync(join(outdir, basename(path)), saved);
    rmSync(outdir, { recursive: true, force: true });
    if (!process.env.CM_BENCH_INPUTS) rmSync(path, { force: true });
  }
  const out = join(dir, 'assessed-calc.xlsx');
  const runs = [0, 1, 2].map(() => {
    const t = timed(assessArgs(saved, out, 0, statSync(saved).size / 1024 / 1024));
    rmSync(out, { force: true });
    return t;
  });
  const t = [...runs].sort((a, b) => a.wall - b.wall)[1]!;
  console.log(
    `assess ${corridors} corridors x 70 x 30 as saved by LibreOffice Calc (shared strings, ${(statSync(saved).size / 1024 / 1024).toFixed(1)} MB), median of 3: ${fmt(t)} (walls ${runs.map((r) => r.wall.toFixed(2)).join(', ')} s) -> target < 3 s, < 600 MB: ${t.wall < 3 && t.peakMb < 600 ? 'met' : 'NOT met'}`,
  );
  if (!process.env.CM_BENCH_INPUTS) rmSync(saved, { force: true });
}

function growth(what: string, s: Series, before: string): void {
  if (s.sizes.length < 2) return;
  const cpu = exponent(s.sizes, s.cpus);
  const wall = exponent(s.sizes, s.walls);
  console.log(
    `growth exponent ${what}, ${s.sizes[0]} -> ${s.sizes.at(-1)} corridors: ${cpu.toFixed(2)} on CPU time, ${wall.toFixed(2)} on wall time (target <= 1.1: ${cpu <= 1.1 && wall <= 1.1 ? 'met' : cpu <= 1.1 ? 'met on CPU, not on wall' : 'NOT met'}${before})`,
  );
}

const xlsx = runSizes('xlsx', SIZES);
growth('as .xlsx', xlsx, '; before 1.48 on 25..200');
calcSaved(200);
const csv = runSizes('csv', CSV_SIZES);
growth('as a CSV folder', csv, '');
console.log(
  '1,600 corridors x 70 x 30 runs as a CSV folder: its 3,360,000 Indicators rows are over the 1,048,576 rows per tab of Excel (and of the reader)',
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
