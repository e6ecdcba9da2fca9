import { createHash } from 'node:crypto';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readXlsx } from '../../src/adapters/xlsx/index.ts';
import { GENERATED_TABS, INPUT_TABS } from '../../src/core/template/layout.ts';
import { runCli } from '../support/run-cli.ts';
import { useTmpDir } from '../support/tmp-dir.ts';

const EXAMPLE = 'examples/observatory.xlsx';
const EXAMPLE_CSV = 'examples/observatory';
const NOW = '2026-11-28T12:00:00.000Z';
const sha = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

async function open(path: string) {
  const read = await readXlsx(new Uint8Array(await readFile(path)), path, { tabs: 'all' });
  if (!read.ok) throw new Error(read.issues[0]!.message);
  return read.workbook;
}

describe('corridor-monitor assess on the 10-corridor example', () => {
  const tmp = useTmpDir();

  test('writes a new workbook with every benchmark tab, every input cell identical, and the input file untouched', async () => {
    const dir = await tmp();
    const out = join(dir, 'assessed.xlsx');
    const before = await sha(EXAMPLE);
    const run = await runCli([
      'assess',
      EXAMPLE,
      '--out',
      out,
      '--now',
      NOW,
      '--uncertainty',
      '20',
      '--quiet',
    ]);
    expect(run.code).toBe(0);
    expect(await sha(EXAMPLE)).toBe(before);
    const input = await open(EXAMPLE);
    const output = await open(out);
    for (const tab of Object.values(INPUT_TABS)) {
      if (input.tabs[tab]) expect(output.tabs[tab], tab).toEqual(input.tabs[tab]);
    }
    for (const tab of Object.values(GENERATED_TABS))
      expect(Object.keys(output.tabs)).toContain(tab);
    expect(run.stdout).toMatch(/\d{2} corridor\(s\), 0 error\(s\)/);
    expect(run.stdout).toMatch(/rank\s+corridor\s+score/);
  });

  test('a rerun in place replaces the benchmark tabs instead of adding copies', async () => {
    const dir = await tmp();
    const file = join(dir, 'book.xlsx');
    await cp(EXAMPLE, file);
    expect(
      (await runCli(['assess', file, '--in-place', '--now', NOW, '--uncertainty', '0', '-q'])).code,
    ).toBe(0);
    const once = Object.keys((await open(file)).tabs);
    expect(
      (await runCli(['assess', file, '--in-place', '--now', NOW, '--uncertainty', '0', '-q'])).code,
    ).toBe(0);
    expect(Object.keys((await open(file)).tabs)).toEqual(once);
  });

  test('the xlsx and the CSV-folder forms of the example give byte-identical results', async () => {
    const dir = await tmp();
    const fromXlsx = await runCli([
      'assess',
      EXAMPLE,
      '--out',
      join(dir, 'a.xlsx'),
      '--now',
      NOW,
      '--uncertainty',
      '10',
      '--json',
    ]);
    const fromCsv = await runCli([
      'assess',
      EXAMPLE_CSV,
      '--out',
      join(dir, 'b'),
      '--now',
      NOW,
      '--uncertainty',
      '10',
      '--json',
    ]);
    expect(fromXlsx.code).toBe(0);
    expect(fromCsv.stdout).toBe(fromXlsx.stdout);
  });

  test('exports the benchmark as CSV tables, JSON and SDMX-CSV', async () => {
    const dir = await tmp();
    const run = await runCli([
      'assess',
      EXAMPLE,
      '--out',
      join(dir, 'a.xlsx'),
      '--export',
      join(dir, 'export'),
      '--now',
      NOW,
      '--uncertainty',
      '0',
      '-q',
    ]);
    expect(run.code).toBe(0);
    const files = await readdir(join(dir, 'export'));
    expect(files).toContain('benchmark.json');
    expect(files).toContain('benchmark.sdmx.csv');
    expect(files.filter((f) => f.endsWith('.csv')).length).toBeGreaterThan(3);
    const sdmx = await readFile(join(dir, 'export', 'benchmark.sdmx.csv'), 'utf8');
    expect(sdmx.split('\r\n')[0]).toMatch(/^STRUCTURE,STRUCTURE_ID,ACTION,/);
    expect(
      JSON.parse(await readFile(join(dir, 'export', 'benchmark.json'), 'utf8')).corridors.length,
    ).toBeGreaterThanOrEqual(10);
  });
});

describe('corridor-monitor assess refuses bad input clearly and loses nothing', () => {
  const tmp = useTmpDir();

  const badFiles: [string, (dir: string) => Promise<string>, RegExp][] = [
    [
      'a corrupted workbook',
      async (d) => {
        const b = await readFile(EXAMPLE);
        b.fill(9, 300, 4000);
        const p = join(d, 'bad.xlsx');
        await writeFile(p, b);
        return p;
      },
      /could not be read as .xlsx/,
    ],
    [
      'a truncated workbook',
      async (d) => {
        const p = join(d, 'cut.xlsx');
        await writeFile(p, (await readFile(EXAMPLE)).subarray(0, 2000));
        return p;
      },
      /could not be read as .xlsx/,
    ],
    [
      'a password-protected workbook',
      async (d) => {
        const p = join(d, 'locked.xlsx');
        await writeFile(p, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]));
        return p;
      },
      /password-protected/,
    ],
    [
      'a file that is not a workbook',
      async (d) => {
        const p = join(d, 'notes.xlsx');
        await writeFile(p, 'hello');
        return p;
      },
      /not an .xlsx workbook/,
    ],
    ['a missing file', async (d) => join(d, 'nowhere.xlsx'), /does not exist/],
  ];
  for (const [what, make, message] of badFiles) {
    test(`${what} exits 2 with a one-line message and leaves the file as it was`, async () => {
      const dir = await tmp();
      const path = await make(dir);
      const before = await sha(path).catch(() => 'absent');
      const run = await runCli(['assess', path, '--out', join(dir, 'out.xlsx'), '-q']);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(await sha(path).catch(() => 'absent')).toBe(before);
      expect(await readdir(dir)).not.toContain('out.xlsx');
    });
  }

  test('a workbook over the size limit exits 2 and names the limit', async () => {
    const dir = await tmp();
    const run = await runCli([
      'assess',
      EXAMPLE,
      '--out',
      join(dir, 'out.xlsx'),
      '--max-size',
      '0.01',
      '-q',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/over the 0\.0 MB limit/);
  });

  test('an empty template exits 1, writes only the Validation tab and keeps the previous benchmark', async () => {
    const dir = await tmp();
    const file = join(dir, 'empty.xlsx');
    expect(
      (await runCli(['template', '--corridor', 'MEX-USA', '--out', file, '--now', NOW])).code,
    ).toBe(0);
    const before = await sha(file);
    const run = await runCli(['assess', file, '--out', join(dir, 'out.xlsx'), '--now', NOW, '-q']);
    expect(run.code).toBe(1);
    expect(await sha(file)).toBe(before);
    const out = await open(join(dir, 'out.xlsx'));
    expect(out.tabs.Validation).toBeDefined();
    expect(out.tabs.Scorecard).toBeUndefined();
  });

  test('--out and --in-place together are bad usage', async () => {
    const run = await runCli(['assess', EXAMPLE, '--out', 'x.xlsx', '--in-place']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/exclude each other/);
  });
});
