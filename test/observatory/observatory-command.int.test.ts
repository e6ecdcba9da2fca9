import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../support/run-cli.ts';
import { useTmpDir } from '../support/tmp-dir.ts';
import { loadExtracts } from './support/extract-figures.ts';

const tmp = useTmpDir();

describe('corridor-monitor observatory', () => {
  test('builds a small site with --min-stock and rebuilds one corridor in it with --corridor', async () => {
    const out = join(await tmp(), 'site');
    const built = await runCli([
      'observatory',
      '--out',
      out,
      '--min-stock',
      '1000000',
      '--quiet',
      '--now',
      '2026-11-30T00:00:00Z',
    ]);
    expect(built.code).toBe(0);
    const big = loadExtracts();
    const expected = [...big.stock.values()].filter(
      (years) => (years.get(2020) ?? 0) >= 1_000_000,
    ).length;
    expect(built.stdout).toMatch(
      new RegExp(`^Observatory: ${expected} corridors \\(>= 1000000 migrants\\), \\d+ files`),
    );
    expect(existsSync(join(out, 'corridor/MEX-USA/card.svg'))).toBe(true);
    expect(existsSync(join(out, 'corridor/VCT-USA/index.html'))).toBe(false);
    const again = await runCli([
      'observatory',
      '--out',
      out,
      '--min-stock',
      '1000000',
      '--corridor',
      'mex-usa',
      '--quiet',
      '--now',
      '2027-01-01T00:00:00Z',
    ]);
    expect(again.code).toBe(0);
    expect(readFileSync(join(out, 'corridor/MEX-USA/index.html'), 'utf8')).toContain(
      'Built 2027-01-01',
    );
  }, 120_000);

  test('refuses, with one line and exit code 2, an unknown corridor, a folder of other files and an unreadable benchmark', async () => {
    const dir = await tmp();
    const site = join(dir, 'site');
    await runCli(['observatory', '--out', site, '--min-stock', '3000000', '--quiet']);
    const unknown = await runCli([
      'observatory',
      '--out',
      site,
      '--corridor',
      'MEX-XXX',
      '--quiet',
    ]);
    expect(unknown).toMatchObject({ code: 2 });
    expect(unknown.stderr).toMatch(/--corridor expects ORIGIN-DESTINATION .* got "MEX-XXX"/);
    await mkdir(join(dir, 'mine'));
    await writeFile(join(dir, 'mine', 'notes.txt'), 'keep');
    const occupied = await runCli(['observatory', '--out', join(dir, 'mine'), '--quiet']);
    expect(occupied.code).toBe(2);
    expect(occupied.stderr).toMatch(/is not an observatory site built before/);
    expect(readFileSync(join(dir, 'mine', 'notes.txt'), 'utf8')).toBe('keep');
    const bad = await runCli([
      'observatory',
      '--out',
      site,
      '--benchmark',
      join(dir, 'missing.json'),
      '--quiet',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/missing\.json cannot be read; expected benchmark\.json/);
  }, 120_000);
});
