/**
 * The fuzz properties behind `npm run fuzz` and its seeded slice in the test
 * suite: random template grids through the CSV and .xlsx readers and the
 * validator, and byte-level mutations of the example through the CLI path.
 * Each counts crashes (an exception, or "unexpected failure", instead of a
 * reported issue), hangs (over 2 s) and changed input files.
 * @module
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { csvCell } from '../../src/adapters/fs/csv-folder.ts';
import { csvRows } from '../../src/adapters/fs/csv-rows.ts';
import { readXlsx } from '../../src/adapters/xlsx/index.ts';
import { gridsToXlsx } from '../../src/adapters/xlsx/package/grids-to-xlsx.ts';
import { main } from '../../src/cli/main.ts';
import { parseCsv, toCsv } from '../../src/core/contract/csv.ts';
import type { CellValue, Workbook } from '../../src/core/contract/workbook.ts';
import { gridLimitBreach } from '../../src/core/limits/grid-limits.ts';
import { COLUMNS } from '../../src/core/template/layout.ts';
import { readTemplate } from '../../src/core/validate/index.ts';

export interface FuzzCounts {
  runs: number;
  crashes: number;
  /** Runs over 2 s twice in a row (a slow run is timed again, so a busy machine's stall is not a hang). */
  hangs: number;
  /** Runs over 2 s once that were fast when timed again. */
  stalls: number;
  changedInputs: number;
  firstFailure?: string;
}

const HANG_MS = 2000;
const fresh = (): FuzzCounts => ({ runs: 0, crashes: 0, hangs: 0, stalls: 0, changedInputs: 0 });

/** Times `run`; a run over the limit is timed once more. */
async function slow(run: () => Promise<unknown>, counts: FuzzCounts): Promise<void> {
  let started = performance.now();
  await run();
  if (performance.now() - started <= HANG_MS) return;
  started = performance.now();
  await run();
  if (performance.now() - started > HANG_MS) counts.hangs++;
  else counts.stalls++;
}

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '=1+1',
    '@SUM(A1)',
    '-3',
    '1,234',
    '2,5',
    'n/a',
    '0x10',
    'MEX-USA',
    '_x0041_',
    'a\tb',
    'line\nbreak',
    ' padded ',
  ),
);
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  text,
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
  fc.boolean(),
);
const rows = fc.array(fc.array(cell, { maxLength: 13 }), { maxLength: 8 });

/** A workbook of the template's tabs: real header, random rows. */
export const templateGrids = fc.record(
  Object.fromEntries(
    Object.entries(COLUMNS).map(([tab, header]) => [
      tab,
      rows.map((r) => [[...header] as CellValue[], ...r]),
    ]),
  ),
) as fc.Arbitrary<Record<string, CellValue[][]>>;

function validate(workbook: Workbook): void {
  if (gridLimitBreach(workbook as { tabs: Record<string, unknown[][]> })) return;
  const { issues } = readTemplate(workbook);
  for (const i of issues)
    if (i.message.length > 2000)
      throw new Error(`message of ${i.message.length} characters at ${i.cell}`);
}

/** Writes the grids as .xlsx and reads them back: every cell must be what was written. */
async function viaXlsx(tabs: Record<string, CellValue[][]>): Promise<void> {
  const read = await readXlsx(await gridsToXlsx({ tabs }), 'fuzz.xlsx', { tabs: 'all' });
  if (!read.ok) throw new Error(read.issues[0]!.message);
  for (const [tab, want] of Object.entries(tabs)) {
    const got = read.workbook.tabs[tab] ?? [];
    for (const [r, row] of want.entries()) {
      for (const [c, v] of row.entries()) {
        const g = got[r]?.[c] ?? null;
        const w = v === '' ? null : v;
        if (g !== w)
          throw new Error(
            `${tab} row ${r + 1} column ${c + 1}: wrote ${JSON.stringify(w)}, read ${JSON.stringify(g)}`,
          );
      }
    }
  }
  validate(read.workbook);
}

/** Random template grids -> CSV round trip -> validate; every `xlsxEvery`-th also through a written .xlsx, which must read back cell for cell. */
export async function fuzzGrids(runs: number, seed: number, xlsxEvery = 50): Promise<FuzzCounts> {
  const counts = fresh();
  const samples = fc.sample(templateGrids, { numRuns: runs, seed });
  for (const [n, tabs] of samples.entries()) {
    counts.runs++;
    const once = async () => {
      try {
        const viaCsv: Workbook = {
          tabs: Object.fromEntries(
            Object.entries(tabs).map(([t, r]) => {
              const text = toCsv(r);
              const rows = csvRows(text, csvCell);
              // the row-by-row reader of CSV folders must give what parseCsv gives
              if (
                JSON.stringify(rows) !==
                JSON.stringify(parseCsv(text).map((row) => row.map(csvCell)))
              )
                throw new Error(`csvRows differs from parseCsv on tab ${t}`);
              return [t, rows];
            }),
          ),
        };
        validate(viaCsv);
        if (n % xlsxEvery === 0) await viaXlsx(tabs);
        return undefined;
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    };
    let failure: string | undefined;
    await slow(async () => {
      failure = await once();
    }, counts);
    if (failure !== undefined) {
      counts.crashes++;
      counts.firstFailure ??= `grid run ${n} (seed ${seed}): ${failure}`;
    }
  }
  return counts;
}

/** A copy of `bytes` with 1..8 random edits: bit flips, byte sets, deleted or repeated ranges, a truncation. */
export function mutate(bytes: Uint8Array, random: () => number): Uint8Array {
  let out = bytes.slice();
  const edits = 1 + Math.floor(random() * 8);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(random() * out.length);
    const kind = Math.floor(random() * 5);
    if (kind === 0) out[at] = out[at]! ^ (1 << Math.floor(random() * 8));
    else if (kind === 1) out[at] = Math.floor(random() * 256);
    else if (kind === 2)
      out = Buffer.concat([
        out.subarray(0, at),
        out.subarray(Math.min(out.length, at + 1 + Math.floor(random() * 64))),
      ]);
    else if (kind === 3)
      out = Buffer.concat([out.subarray(0, at), out.subarray(at, at + 64), out.subarray(at)]);
    else out = out.subarray(0, Math.max(1, at));
  }
  return new Uint8Array(out);
}

export function xorshift(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x100000000;
  };
}

/** Runs the CLI in process, output swallowed; resolves to its exit code and what it wrote to stderr. */
async function cli(args: string[]): Promise<{ code: number; stderr: string }> {
  const out = process.stdout.write;
  const err = process.stderr.write;
  let stderr = '';
  process.stdout.write = (() => true) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  const before = process.exitCode;
  try {
    const code = await main(args);
    return { code, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
    process.exitCode = before;
  }
}

/** Byte mutations of `example` through `corridor-monitor validate` (and `assess` every `assessEvery`-th). */
export async function fuzzBytes(
  example: Uint8Array,
  runs: number,
  seed: number,
  assessEvery = 10,
): Promise<FuzzCounts> {
  const counts = fresh();
  const random = xorshift(seed);
  const dir = await mkdtemp(join(tmpdir(), 'cm-fuzz-'));
  const sha = async (p: string) =>
    createHash('sha256')
      .update(await readFile(p))
      .digest('hex');
  try {
    for (let n = 0; n < runs; n++) {
      counts.runs++;
      const file = join(dir, 'mutant.xlsx');
      await writeFile(file, mutate(example, random));
      const before = await sha(file);
      const args =
        n % assessEvery === 0
          ? [
              'assess',
              file,
              '--out',
              join(dir, 'out.xlsx'),
              '--uncertainty',
              '0',
              '--now',
              '2026-01-01T00:00:00Z',
              '-q',
            ]
          : ['validate', file, '--json'];
      let run = { code: 0, stderr: '' };
      await slow(async () => {
        run = await cli(args);
      }, counts);
      const crashed =
        /unexpected failure|\n\s+at /.test(run.stderr) ||
        (run.code === 2 && run.stderr.trim().split('\n').length !== 1);
      if (crashed) {
        counts.crashes++;
        counts.firstFailure ??= `mutation ${n} (seed ${seed}): ${run.stderr.slice(0, 300)}`;
      }
      if ((await sha(file)) !== before) counts.changedInputs++;
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return counts;
}

export const describeCounts = (what: string, c: FuzzCounts) =>
  `${what}: ${c.runs} runs, ${c.crashes} crashes, ${c.hangs} hangs over 2 s (${c.stalls} more were over 2 s once but not when timed again), ${c.changedInputs} changed inputs${c.firstFailure ? `\n  first: ${c.firstFailure}` : ''}`;
