import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { UsageError } from '../../src/cli/exit.ts';
import { runTemplate } from '../../src/cli/template/run-template.ts';
import { parseCsv } from '../../src/core/contract/csv.ts';

const dir = mkdtempSync(join(tmpdir(), 'template-prefill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const NOW = '2026-11-30T00:00:00Z';

describe('corridor-monitor template --prefill', () => {
  test('writes NPL-QAT with its open values, a reference period ending at the latest data year and the ledger', async () => {
    const out = join(dir, 'npl-qat');
    expect(
      await runTemplate({
        corridor: [{ origin: 'NPL', destination: 'QAT' }],
        prefill: true,
        out,
        now: NOW,
      }),
    ).toBe(0);
    const indicators = parseCsv(readFileSync(join(out, 'Indicators.csv'), 'utf8'));
    const stock = indicators.find((r) => r[1] === 'corridor_stock' && r[4] === '2020');
    expect(stock?.slice(5, 9)).toEqual([
      '253940',
      'persons',
      'UN DESA International Migrant Stock 2020 (origin-destination matrix)',
      'POP/DB/MIG/Stock/Rev.2020',
    ]);
    expect(stock?.[9]).toContain('replace with a national figure if you have one');
    const corridors = parseCsv(readFileSync(join(out, 'Corridors.csv'), 'utf8'));
    expect(corridors[1]?.slice(4, 6)).toEqual(['1990', '2025']);
    const availability = readFileSync(join(out, 'Data availability.csv'), 'utf8');
    expect(availability).toContain('ledger: pre-filled');
    expect(availability).toContain('ledger: no known open source');
  });

  test('--all-with-stock selects every corridor above the threshold, largest first', async () => {
    const out = join(dir, 'obs');
    expect(await runTemplate({ allWithStock: 3_000_000, out, now: NOW })).toBe(0);
    const ids = parseCsv(readFileSync(join(out, 'Corridors.csv'), 'utf8'))
      .slice(1)
      .map((r) => r[0])
      .filter(Boolean);
    expect(ids[0]).toBe('MEX-USA');
    expect(ids).toContain('IND-ARE');
  });

  test('a typo and a pair without migrants each get one line with the closest valid choice', async () => {
    const run = (origin: string, destination: string) =>
      runTemplate({
        corridor: [{ origin, destination }],
        prefill: true,
        out: join(dir, 'x'),
        now: NOW,
      });
    await expect(run('NPL', 'QTA')).rejects.toThrow(/did you mean QAT/);
    await expect(run('NPL', 'ISR')).rejects.toThrow(UsageError);
    await expect(run('NPL', 'ISR')).rejects.toThrow(/largest corridors from NPL are NPL-IND/);
  });
});
