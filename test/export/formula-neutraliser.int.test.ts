import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { parseCsv, toCsv } from '../../src/core/contract/csv.ts';
import { FIXTURES } from '../engine/support/fixtures.ts';
import { runCli } from '../support/run-cli.ts';
import { mustRun } from '../support/system-tool.ts';
import { useTmpDir } from '../support/tmp-dir.ts';

const run = promisify(execFile);
const EVIL = '=HYPERLINK("http://evil.example","click")';

/** Opens each CSV with LibreOffice's default CSV import and returns the files whose sheet holds a formula. */
async function formulasAfterLibreOffice(dir: string, files: string[]): Promise<string[]> {
  const out = join(dir, 'lo');
  await run(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
      '--convert-to',
      'xlsx',
      '--outdir',
      out,
      ...files,
    ],
    { timeout: 180_000 },
  );
  const withFormula: string[] = [];
  for (const file of await readdir(out)) {
    const parts = unzipSync(new Uint8Array(await readFile(join(out, file))));
    const sheet = new TextDecoder().decode(parts['xl/worksheets/sheet1.xml']);
    if (/<f[ >]/.test(sheet)) withFormula.push(file);
  }
  return withFormula;
}

describe.runIf(mustRun('soffice'))(
  'every CSV the project writes opens in LibreOffice without running a formula',
  () => {
    const tmp = useTmpDir();

    test('index results and stages with a formula-like unit code', async () => {
      const dir = await tmp();
      const rows = parseCsv(await readFile(join(FIXTURES, 'input_ASEM_iData.csv'), 'utf8'));
      const code = rows[0]!.indexOf('uCode');
      rows[1]![code] = EVIL;
      const data = join(dir, 'iData.csv');
      await writeFile(
        data,
        toCsv(rows).replace(`"'${EVIL.replace(/"/g, '""')}"`, `"${EVIL.replace(/"/g, '""')}"`),
      );
      const cli = await runCli([
        'index',
        '--data',
        data,
        '--meta',
        join(FIXTURES, 'input_ASEM_iMeta.csv'),
        '--out',
        join(dir, 'results.csv'),
        '--stages',
        join(dir, 'stages'),
        '-q',
      ]);
      expect(cli.code, cli.stderr).toBe(0);
      expect(await readFile(join(dir, 'results.csv'), 'utf8')).toContain(`'${EVIL.slice(0, 10)}`);
      const stages = (await readdir(join(dir, 'stages')))
        .filter((f) => f.endsWith('.csv'))
        .map((f) => join(dir, 'stages', f));
      expect(await formulasAfterLibreOffice(dir, [join(dir, 'results.csv'), ...stages])).toEqual(
        [],
      );
    });

    test('assess exports and CSV-folder tabs of the example', async () => {
      const dir = await tmp();
      const cli = await runCli([
        'assess',
        'examples/observatory',
        '--out',
        join(dir, 'out'),
        '--export',
        join(dir, 'export'),
        '--now',
        '2026-01-01T00:00:00Z',
        '--uncertainty',
        '0',
        '-q',
      ]);
      expect(cli.code, cli.stderr).toBe(0);
      const files = [
        ...(await readdir(join(dir, 'export')))
          .filter((f) => f.endsWith('.csv'))
          .map((f) => join(dir, 'export', f)),
        ...['Validation.csv', 'Ranking.csv', 'Scorecard.csv'].map((f) => join(dir, 'out', f)),
      ];
      expect(await formulasAfterLibreOffice(dir, files)).toEqual([]);
    });
  },
);

test('toCsv neutralises formula-like text and leaves numbers written as text alone', () => {
  expect(toCsv([[EVIL, '-3.5', '+1e-6', '-Infinity', '@SUM(A1)', -2]])).toBe(
    `"'=HYPERLINK(""http://evil.example"",""click"")",-3.5,+1e-6,-Infinity,'@SUM(A1),-2\r\n`,
  );
});
