import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/core/contract/csv.ts';
import { runPipeline } from '../../src/core/engine/run-pipeline.ts';
import { datasetToCsv } from '../../src/core/engine/write/dataset-to-csv.ts';
import { rankStatsToCsv } from '../../src/core/engine/write/rank-stats-to-csv.ts';
import { resultsToCsv } from '../../src/core/engine/write/results-to-csv.ts';
import { treatmentToCsv } from '../../src/core/engine/write/treatment-to-csv.ts';
import { asemInput, fixtureTable } from './support/fixtures.ts';

const input = asemInput();
const run = runPipeline(input, {
  denominate: true,
  impute: { method: 'i_mean_grp', group: 'EurAsia_group' },
  screen: { dat_thresh: 0.9 },
  treat: { winmax: 1 },
  normalise: { method: 'n_minmax', params: { l_u: [0, 100] } },
  aggregate: { method: 'a_amean' },
});
if (!run.ok) throw new Error('the example should run');
const { result } = run;

describe('CSV writers', () => {
  it('write a stage at full precision: parsing the CSV back gives the same numbers, missing as empty cells', () => {
    const raw = result.datasets.Raw!;
    const rows = parseCsv(datasetToCsv(raw));
    expect(rows[0]).toEqual(['uCode', ...Object.keys(raw.columns)]);
    let empty = 0;
    rows.slice(1).forEach((r, i) => {
      expect(r[0]).toBe(raw.units[i]);
      Object.values(raw.columns).forEach((c, j) => {
        if (Number.isNaN(c[i])) {
          expect(r[j + 1]).toBe('');
          empty++;
        } else expect(Number(r[j + 1])).toBe(c[i]);
      });
    });
    expect(empty).toBe(63);
  });

  it('write the results sorted by rank with uCode, Rank, Index, then the aggregates', () => {
    const rows = parseCsv(resultsToCsv(result.results));
    expect(rows[0]).toEqual([
      'uCode',
      'Rank',
      'Index',
      'Conn',
      'Sust',
      'Physical',
      'ConEcFin',
      'Political',
      'Instit',
      'P2P',
      'Environ',
      'Social',
      'SusEcFin',
    ]);
    const ranks = rows.slice(1).map((r) => Number(r[1]));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks[0]).toBe(1);
  });

  it("write treatment details in COINr's Dets_Table shape, matching case J", () => {
    const rows = parseCsv(treatmentToCsv(result.treatment!));
    const want = fixtureTable('J_treat_winmax1_details.csv');
    const header = rows[0]!;
    expect(header.filter((h) => h !== 'treatment')).toEqual(want.header);
    for (const r of rows.slice(1)) {
      const code = r[0]!;
      for (const col of want.header.slice(1)) {
        const got = r[header.indexOf(col)]!;
        const exp = want.text(code, col);
        if (exp === 'TRUE' || exp === 'FALSE' || exp === '')
          expect(got, `${code} ${col}`).toBe(exp);
        else expect(Math.abs(Number(got) - Number(exp)), `${code} ${col}`).toBeLessThan(1e-9);
      }
    }
    expect(rows.filter((r) => r[1] === 'log_CT')).toHaveLength(11);
  });

  it('write rank intervals as uCode, Nominal, Mean, Median, Q5, Q95', () => {
    const f = (v: number[]) => Float64Array.from(v);
    const csv = rankStatsToCsv({
      units: ['A', 'B'],
      nominal: f([1, 2]),
      mean: f([1.5, 1.5]),
      median: f([1, 2]),
      q5: f([1, 1]),
      q95: f([2, 2]),
    });
    expect(csv).toBe('uCode,Nominal,Mean,Median,Q5,Q95\r\nA,1,1.5,1,1,2\r\nB,2,1.5,2,1,2\r\n');
  });
});
