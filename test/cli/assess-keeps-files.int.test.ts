import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../support/run-cli.ts';
import { useTmpDir } from '../support/tmp-dir.ts';

const EXAMPLE_CSV = 'examples/observatory';
const EXAMPLE = 'examples/observatory.xlsx';
const NOW = '2026-11-28T12:00:00.000Z';
const FAST = ['--now', NOW, '--uncertainty', '0', '-q'];

/** sha256 of every file under `dir`, by relative path. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[path.slice(dir.length + 1)] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  }
  return out;
}

async function plantForeign(dir: string) {
  await mkdir(join(dir, 'benchmark'), { recursive: true });
  await mkdir(join(dir, '.git'), { recursive: true });
  await writeFile(join(dir, 'report.docx'), 'not ours');
  await writeFile(join(dir, 'benchmark', 'keep.json'), '{"keep":true}');
  await writeFile(join(dir, 'NOTES.md'), '# notes');
  await writeFile(join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
}

describe('assess never loses a file it does not own', () => {
  const tmp = useTmpDir();

  test('--out into an existing folder keeps every foreign file and writes the assessed tabs beside them', async () => {
    const dir = await tmp();
    const out = join(dir, 'out');
    await plantForeign(out);
    const before = await snapshot(out);
    const run = await runCli(['assess', EXAMPLE_CSV, '--out', out, ...FAST]);
    expect(run.code, run.stderr).toBe(0);
    const after = await snapshot(out);
    for (const [file, hash] of Object.entries(before)) expect(after[file], file).toBe(hash);
    expect(Object.keys(after)).toContain('Scorecard.csv');
    expect(Object.keys(after)).toContain('Indicators.csv');
  });

  test('--in-place on a CSV folder keeps foreign files and leaves every input CSV byte-identical', async () => {
    const dir = await tmp();
    const book = join(dir, 'book');
    await cp(EXAMPLE_CSV, book, { recursive: true });
    await plantForeign(book);
    const before = await snapshot(book);
    const run = await runCli(['assess', book, '--in-place', ...FAST]);
    expect(run.code, run.stderr).toBe(0);
    const after = await snapshot(book);
    for (const [file, hash] of Object.entries(before)) expect(after[file], file).toBe(hash);
    expect(Object.keys(after)).toContain('Ranking.csv');
    expect(Object.keys(after)).toContain('_corridor_monitor.csv');
  });

  test('a rerun into the same --out folder replaces its own tabs and keeps the rest', async () => {
    const dir = await tmp();
    const out = join(dir, 'out');
    expect((await runCli(['assess', EXAMPLE_CSV, '--out', out, ...FAST])).code).toBe(0);
    await writeFile(join(out, 'report.docx'), 'mine');
    const again = await runCli(['assess', EXAMPLE_CSV, '--out', out, ...FAST]);
    expect(again.code, again.stderr).toBe(0);
    expect(await readFile(join(out, 'report.docx'), 'utf8')).toBe('mine');
  });

  test('--out naming a folder that holds other CSV tabs is refused with one line and nothing written', async () => {
    const dir = await tmp();
    const out = join(dir, 'other-observatory');
    await mkdir(out);
    await writeFile(join(out, 'Indicators.csv'), 'corridor_id\r\nX\r\n');
    const before = await snapshot(out);
    const run = await runCli(['assess', EXAMPLE_CSV, '--out', out, ...FAST]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/already holds Indicators\.csv/);
    expect(await snapshot(out)).toEqual(before);
  });

  const refusals: [string, (input: string, dir: string) => string, RegExp][] = [
    ['equal to the input folder', (input) => input, /is the input itself/],
    ['inside the input folder', (input) => join(input, 'assessed'), /inside the input folder/],
    ['the parent of the input folder', (_input, dir) => dir, /contains the input/],
  ];
  for (const [what, outOf, message] of refusals) {
    test(`--out ${what} is refused with one line and every file stays as it was`, async () => {
      const dir = await tmp();
      const input = join(dir, 'book');
      await cp(EXAMPLE_CSV, input, { recursive: true });
      await writeFile(join(dir, 'other.xlsx'), 'sibling');
      const before = await snapshot(dir);
      const run = await runCli(['assess', input, '--out', outOf(input, dir), ...FAST]);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(message);
      expect(await snapshot(dir)).toEqual(before);
    });
  }

  test('--out equal to an .xlsx input is refused and points to --in-place', async () => {
    const dir = await tmp();
    const file = join(dir, 'book.xlsx');
    await cp(EXAMPLE, file);
    const before = await snapshot(dir);
    const run = await runCli(['assess', file, '--out', file, ...FAST]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--in-place/);
    expect(await snapshot(dir)).toEqual(before);
  });

  test('--out naming an existing folder for an .xlsx input is refused, so the folder is never replaced', async () => {
    const dir = await tmp();
    await plantForeign(join(dir, 'results'));
    const before = await snapshot(dir);
    const run = await runCli(['assess', EXAMPLE, '--out', join(dir, 'results'), ...FAST]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is a folder/);
    expect(await snapshot(dir)).toEqual(before);
  });

  test('--export into a folder with foreign files keeps them', async () => {
    const dir = await tmp();
    await plantForeign(join(dir, 'export'));
    const before = await snapshot(join(dir, 'export'));
    const run = await runCli([
      'assess',
      EXAMPLE,
      '--out',
      join(dir, 'a.xlsx'),
      '--export',
      join(dir, 'export'),
      ...FAST,
    ]);
    expect(run.code, run.stderr).toBe(0);
    const after = await snapshot(join(dir, 'export'));
    for (const [file, hash] of Object.entries(before)) expect(after[file], file).toBe(hash);
  });
});
