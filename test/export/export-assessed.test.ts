import { describe, expect, test } from 'vitest';
import { assess } from '../../src/core/assess/assess.ts';
import { parseCsv } from '../../src/core/contract/csv.ts';
import {
  benchmarkToCsv,
  benchmarkToJson,
  benchmarkToSdmxCsv,
  SDMX_COLUMNS,
} from '../../src/core/export/index.ts';
import { handWorkbook } from '../assess/fixtures/hand-workbook.ts';

const benchmark = assess(handWorkbook(), {
  generatedAt: '2026-01-01T00:00:00Z',
  uncertaintyRuns: 20,
}).benchmark!;
const col = (name: (typeof SDMX_COLUMNS)[number]) => SDMX_COLUMNS.indexOf(name);

describe('exports of an assessed workbook', () => {
  test('SDMX-CSV carries each corridor’s overall score and rank interval, one row per key', () => {
    const rows = parseCsv(benchmarkToSdmxCsv(benchmark)).slice(1);
    for (const c of benchmark.corridors) {
      const row = (measure: string) =>
        rows.find(
          (r) =>
            r[col('CORRIDOR')] === c.corridorId &&
            r[col('INDICATOR')] === 'INDEX' &&
            r[col('SIDE')] === '_T' &&
            r[col('MEASURE')] === measure,
        )!;
      expect(Number(row('SCORE')[col('OBS_VALUE')])).toBe(c.overall);
      expect(row('SCORE')[col('TIME_PERIOD')]).toBe('2020');
      expect(Number(row('RANK_Q5')[col('OBS_VALUE')])).toBe(c.rankQ5);
    }
    const keys = rows.map((r) => [3, 7, 8, 9, 10].map((i) => r[i]).join('|'));
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('CSV tables exist for every tab and JSON round-trips the benchmark', () => {
    const names = Object.keys(benchmarkToCsv(benchmark)).map((n) => n.split('--')[0]);
    expect(new Set(names)).toEqual(
      new Set([
        'scorecard',
        'ranking',
        'perspectives',
        'trends',
        'data-gaps',
        'sensitivity',
        'audit',
        'method-and-sources',
      ]),
    );
    expect(JSON.parse(benchmarkToJson(benchmark))).toEqual(JSON.parse(JSON.stringify(benchmark)));
  });
});
