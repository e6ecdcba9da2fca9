import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/core/contract/csv.ts';
import { runCli } from '../support/run-cli.ts';
import { FIXTURES, fixtureTable } from './support/fixtures.ts';

const exec = promisify(execFile);
const DATA = join(FIXTURES, 'input_ASEM_iData.csv');
const META = join(FIXTURES, 'input_ASEM_iMeta.csv');
const tmp = () => mkdtempSync(join(tmpdir(), 'cm-index-'));
const writeJson = (dir: string, value: unknown) => {
  const file = join(dir, 'pipeline.json');
  writeFileSync(file, JSON.stringify(value));
  return file;
};

describe('corridor-monitor index', () => {
  it('prints the case A results on stdout without --spec: uCode, Rank, Index, then every aggregate, sorted by rank', async () => {
    const run = await runCli(['index', '--data', DATA, '--meta', META, '--quiet']);
    expect(run.code).toBe(0);
    const rows = parseCsv(run.stdout);
    const want = fixtureTable('A_raw_minmax_amean_results.csv');
    expect(rows[0]).toEqual(want.header);
    expect(rows.slice(1).map((r) => r[0])).toEqual(want.keys);
    for (const r of rows.slice(1))
      expect(Math.abs(Number(r[2]) - want.get(r[0]!, 'Index'))).toBeLessThan(1e-9);
  });

  it('runs the COINr example spec, writes --out and every stage with --stages', async () => {
    const dir = tmp();
    const spec = writeJson(dir, {
      denominate: true,
      impute: { method: 'i_mean_grp', group: 'EurAsia_group' },
      screen: { dat_thresh: 0.9, unit_screen: 'byNA' },
      treat: { winmax: 5, skew_thresh: 2, kurt_thresh: 3.5 },
      normalise: { method: 'n_minmax', params: { l_u: [0, 100] } },
      aggregate: { method: 'a_amean' },
    });
    const out = join(dir, 'results.csv');
    const stages = join(dir, 'stages');
    const run = await runCli([
      'index',
      '--data',
      DATA,
      '--meta',
      META,
      '--spec',
      spec,
      '--out',
      out,
      '--stages',
      stages,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/results written to/);
    const rows = parseCsv(readFileSync(out, 'utf8'));
    expect(rows[1]!.slice(0, 2)).toEqual(['CHE', '1']);
    expect(Number(rows[1]![2])).toBeCloseTo(68.3837242383, 9);
    for (const s of [
      'Raw',
      'Denominated',
      'Imputed',
      'Screened',
      'Treated',
      'Normalised',
      'Aggregated',
      'Treatment',
    ]) {
      expect(existsSync(join(stages, `${s}.csv`)), s).toBe(true);
    }
    const treated = parseCsv(readFileSync(join(stages, 'Treatment.csv'), 'utf8'));
    expect(treated.filter((r) => r[1] === 'winsorised')).toHaveLength(15);
    expect(JSON.parse(readFileSync(join(stages, 'log.json'), 'utf8'))).toHaveLength(6);
  });

  it('rejects an unknown method with exit 2 and the key path, never a stack trace', async () => {
    const spec = writeJson(tmp(), { normalise: { method: 'n_foo' } });
    const run = await runCli(['index', '--data', DATA, '--meta', META, '--spec', spec]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/pipeline\.json, key normalise\.method: unknown method "n_foo"/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('names file, row and column of a non-numeric cell', async () => {
    const dir = tmp();
    const bad = join(dir, 'iData.csv');
    writeFileSync(bad, readFileSync(DATA, 'utf8').replace('4.097985', '41x'));
    const run = await runCli(['index', '--data', bad, '--meta', META]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /iData\.csv, row 2, column LPI: expected a number or an empty cell, found "41x"/,
    );
  });

  it('names the unit row and indicator of a zero under a geometric mean', async () => {
    const spec = writeJson(tmp(), {
      normalise: { method: 'n_minmax' },
      aggregate: { method: { '2': 'a_gmean' } },
    });
    const run = await runCli(['index', '--data', DATA, '--meta', META, '--spec', spec]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /input_ASEM_iData\.csv, row \d+, column \w+: a_gmean at level 2 .* needs values > 0/,
    );
  });

  it('reports a missing input file as bad usage', async () => {
    const run = await runCli(['index', '--data', '/nonexistent/iData.csv', '--meta', META]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot read --data file \/nonexistent\/iData\.csv: ENOENT/);
  });

  it('writes rank intervals with --uncertainty next to --out; the same seed gives the same intervals', async () => {
    const dir = tmp();
    const out = join(dir, 'results.csv');
    const args = [
      'index',
      '--data',
      DATA,
      '--meta',
      META,
      '--out',
      out,
      '--uncertainty',
      '20',
      '--seed',
      '7',
      '-q',
    ];
    const first = await runCli(args);
    expect(first.code).toBe(0);
    const text = readFileSync(join(dir, 'results.uncertainty.csv'), 'utf8');
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(['uCode', 'Nominal', 'Mean', 'Median', 'Q5', 'Q95']);
    expect(rows).toHaveLength(52);
    const results = parseCsv(readFileSync(out, 'utf8'));
    const rank = new Map(results.slice(1).map((r) => [r[0], r[1]]));
    for (const r of rows.slice(1)) {
      expect(r[1], r[0]).toBe(rank.get(r[0]));
      expect(Number(r[4])).toBeLessThanOrEqual(Number(r[5]));
    }
    expect((await runCli(args)).code).toBe(0);
    expect(readFileSync(join(dir, 'results.uncertainty.csv'), 'utf8')).toBe(text);
  });

  it('explains itself with --help', async () => {
    const run = await runCli(['index', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/--uncertainty <runs>/);
    expect(run.stdout).toMatch(/Exit codes: 0 done, 2 bad usage/);
  });

  it('runs as a child process of the installed bin', async () => {
    const { stdout } = await exec(process.execPath, [
      'bin/corridor-monitor.mjs',
      'index',
      '--data',
      DATA,
      '--meta',
      META,
      '-q',
    ]);
    expect(stdout.split('\r\n')[1]).toMatch(/^DEU,1,75\.2278046542/);
  });
});
