/**
 * The benchmark as SDMX-CSV 2.0 against the Corridor Monitor data structure
 * CM:DSD_CORRIDOR_BENCHMARK(1.0) (documented in docs/scoring-benchmark.md).
 * @module
 */
import { userText } from '../assess/render/text.ts';
import type { Benchmark, CorridorScore } from '../assess/types.ts';
import { toCsv } from '../contract/csv.ts';
import type { CellValue } from '../contract/workbook.ts';

export const SDMX_STRUCTURE_ID = 'CM:DF_CORRIDOR_BENCHMARK(1.0)';

export const SDMX_COLUMNS = [
  'STRUCTURE',
  'STRUCTURE_ID',
  'ACTION',
  'CORRIDOR',
  'ORIGIN',
  'TRANSIT',
  'DESTINATION',
  'INDICATOR',
  'SIDE',
  'MEASURE',
  'TIME_PERIOD',
  'OBS_VALUE',
  'UNIT_MEASURE',
  'OBS_STATUS',
  'SOURCE',
] as const;

/** SDMX ids allow letters, digits, `_`, `@`, `$` and `-`: anything else becomes `_`. */
export const sdmxCode = (text: string): string => text.toUpperCase().replace(/[^A-Z0-9_@$-]/g, '_');

interface Obs {
  indicator: string;
  side: string;
  measure: string;
  time: number | null;
  value: number | null;
  unit: string;
  source: string;
}

const finite = (x: number | null | undefined): number | null =>
  x === null || x === undefined || !Number.isFinite(x) ? null : x;

function compositeObs(c: CorridorScore, benchmark: Benchmark): Obs[] {
  const time = c.referenceYear ?? null;
  const score = (indicator: string, side: string, value: number | null | undefined): Obs => ({
    indicator,
    side,
    measure: 'SCORE',
    time,
    value: finite(value),
    unit: 'SCORE_0_100',
    source: 'Corridor Monitor',
  });
  const out: Obs[] = [
    score('INDEX', '_T', c.overall),
    { ...score('INDEX', '_T', c.rank), measure: 'RANK', unit: 'RANK' },
    { ...score('INDEX', '_T', c.rankQ5), measure: 'RANK_Q5', unit: 'RANK' },
    { ...score('INDEX', '_T', c.rankQ95), measure: 'RANK_Q95', unit: 'RANK' },
    { ...score('INDEX', '_T', c.coverage), measure: 'COVERAGE', unit: 'SHARE' },
  ];
  for (const [d, v] of Object.entries(c.dimensions)) out.push(score(sdmxCode(d), '_T', v));
  for (const [p, v] of Object.entries(c.perspectives)) out.push(score('INDEX', sdmxCode(p), v));
  for (const y of benchmark.yearScores ?? []) {
    if (y.corridorId === c.corridorId)
      out.push({ ...score('INDEX', '_T', y.overall), measure: 'SCORE_PANEL', time: y.year });
  }
  return out;
}

/**
 * One observation per row: each corridor's composite scores, ranks and
 * coverage, then each indicator's raw value, score and rank. Missing values
 * are kept as rows with an empty OBS_VALUE and OBS_STATUS `M`.
 *
 * @example
 * benchmarkToSdmxCsv(benchmark).split('\r\n')[0];
 * // 'STRUCTURE,STRUCTURE_ID,ACTION,CORRIDOR,ORIGIN,TRANSIT,DESTINATION,INDICATOR,SIDE,MEASURE,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS,SOURCE'
 */
export function benchmarkToSdmxCsv(benchmark: Benchmark): string {
  const units = new Map((benchmark.meta ?? []).map((m) => [m.iCode, m.unit]));
  const rows: CellValue[][] = [[...SDMX_COLUMNS]];
  const corridors = new Map(benchmark.corridors.map((c) => [c.corridorId, c]));
  const push = (c: CorridorScore | undefined, corridorId: string, o: Obs) =>
    rows.push([
      'dataflow',
      SDMX_STRUCTURE_ID,
      'I',
      userText(corridorId),
      c ? userText(c.origin) : null,
      c?.transit ? userText(c.transit) : '_Z',
      c ? userText(c.destination) : null,
      o.indicator,
      o.side,
      o.measure,
      o.time,
      o.value,
      o.unit,
      o.value === null ? 'M' : 'A',
      userText(o.source),
    ]);
  for (const c of benchmark.corridors)
    for (const o of compositeObs(c, benchmark)) push(c, c.corridorId, o);
  for (const s of benchmark.indicators) {
    const c = corridors.get(s.corridorId);
    const base = {
      indicator: sdmxCode(s.indicator),
      side: sdmxCode(s.side),
      time: finite(s.year),
      source: s.source ?? '',
    };
    const unit = units.get(`${s.indicator}.${s.side}`) ?? '';
    push(c, s.corridorId, {
      ...base,
      measure: 'VALUE',
      value: finite(s.value),
      unit: unit ? userText(unit) : '_Z',
    });
    push(c, s.corridorId, {
      ...base,
      measure: 'SCORE',
      value: finite(s.score),
      unit: 'SCORE_0_100',
    });
    push(c, s.corridorId, { ...base, measure: 'RANK', value: finite(s.rank), unit: 'RANK' });
  }
  return toCsv(rows);
}
