import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../src/core/contract/csv.ts';
import {
  benchmarkToCsv,
  benchmarkToJson,
  benchmarkToSdmxCsv,
  SDMX_COLUMNS,
} from '../../src/core/export/index.ts';
import { smallBenchmark } from '../assess/fixtures/small-benchmark.ts';

describe('CSV export', () => {
  test('each table of each tab becomes one CSV file with its header row', () => {
    const files = benchmarkToCsv(smallBenchmark());
    expect(Object.keys(files)).toContain('ranking--ranking.csv');
    expect(Object.keys(files)).toContain('method-and-sources--engine-log.csv');
    const ranking = parseCsv(files['ranking--ranking.csv']!);
    expect(ranking[0]![0]).toBe('Rank');
    expect(ranking[1]!.slice(0, 2)).toEqual(['1', 'MEX-USA']);
    expect(ranking).toHaveLength(3);
  });

  test('formula-like text is neutralised in CSV cells', () => {
    const text = benchmarkToCsv(smallBenchmark())['ranking--ranking.csv']!;
    expect(parseCsv(text).flat()).toContain("'=EVIL()");
    expect(parseCsv(text).flat()).not.toContain('=EVIL()');
  });
});

describe('JSON export', () => {
  test('NaN becomes null and the text round-trips to the same values', () => {
    const text = benchmarkToJson(smallBenchmark());
    expect(text).not.toContain('NaN');
    const back = JSON.parse(text);
    expect(back.corridors[1].overall).toBeNull();
    expect(back.corridors[0].rankQ95).toBe(2);
  });

  test('two serialisations of the same benchmark are byte-identical', () => {
    expect(benchmarkToJson(smallBenchmark())).toBe(benchmarkToJson(smallBenchmark()));
  });
});

describe('SDMX-CSV export', () => {
  const rows = () => parseCsv(benchmarkToSdmxCsv(smallBenchmark()));
  const column = (name: (typeof SDMX_COLUMNS)[number]) => SDMX_COLUMNS.indexOf(name);

  test('starts with the SDMX-CSV 2.0 structure columns and names the dataflow', () => {
    const [header, first] = rows();
    expect(header!.slice(0, 3)).toEqual(['STRUCTURE', 'STRUCTURE_ID', 'ACTION']);
    expect(first!.slice(0, 3)).toEqual(['dataflow', 'CM:DF_CORRIDOR_BENCHMARK(1.0)', 'I']);
  });

  test('the overall score, ranks and indicator values are observations keyed by their dimensions', () => {
    const data = rows().slice(1);
    const find = (indicator: string, side: string, measure: string, corridor = 'MEX-USA') =>
      data.find(
        (r) =>
          r[column('CORRIDOR')] === corridor &&
          r[column('INDICATOR')] === indicator &&
          r[column('SIDE')] === side &&
          r[column('MEASURE')] === measure,
      );
    expect(find('INDEX', '_T', 'SCORE')?.[column('OBS_VALUE')]).toBe('80');
    expect(find('INDEX', '_T', 'RANK_Q95')?.[column('OBS_VALUE')]).toBe('2');
    expect(find('INDEX', 'ORIGIN', 'SCORE')?.[column('OBS_VALUE')]).toBe('70');
    expect(find('ROOT_CAUSES', '_T', 'SCORE')?.[column('OBS_VALUE')]).toBe('80');
    const value = find('UNEMPLOYMENT', 'ORIGIN', 'VALUE')!;
    expect([
      value[column('OBS_VALUE')],
      value[column('TIME_PERIOD')],
      value[column('UNIT_MEASURE')],
      value[column('SOURCE')],
    ]).toEqual(['8', '2020', '%', 'ILOSTAT']);
    expect(find('INDEX', '_T', 'SCORE_PANEL')?.[column('TIME_PERIOD')]).toBe('2010');
  });

  test('missing observations keep their row with OBS_STATUS M and an empty value', () => {
    const missing = rows().find(
      (r) =>
        r[column('CORRIDOR')] === "'=EVIL()" &&
        r[column('MEASURE')] === 'SCORE' &&
        r[column('INDICATOR')] === 'INDEX' &&
        r[column('SIDE')] === '_T',
    )!;
    expect(missing[column('OBS_VALUE')]).toBe('');
    expect(missing[column('OBS_STATUS')]).toBe('M');
  });

  test('no two observations share the same dimension key', () => {
    const keys = rows()
      .slice(1)
      .map((r) => [3, 7, 8, 9, 10].map((i) => r[i]).join('|'));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
