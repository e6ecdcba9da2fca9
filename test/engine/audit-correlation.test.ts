import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/core/contract/csv.ts';
import { correlationMatrix } from '../../src/core/engine/audit/correlation-matrix.ts';
import { cronbachAlpha } from '../../src/core/engine/audit/cronbach-alpha.ts';
import { pearson } from '../../src/core/engine/audit/pearson.ts';
import { spearman } from '../../src/core/engine/audit/spearman.ts';
import { parsePipelineSpec } from '../../src/core/engine/parse-pipeline-spec.ts';
import { runPipeline } from '../../src/core/engine/run-pipeline.ts';
import { rankValues } from '../../src/core/engine/stats/rank-values.ts';
import { asemInput, fixtureTable, fixtureText } from './support/fixtures.ts';

const PILLARS = ['Physical', 'ConEcFin', 'Political', 'Instit', 'P2P', 'Environ', 'Social', 'SusEcFin'];

/** Case A's aggregate columns, computed by the engine (raw -> min-max [0, 100] -> arithmetic mean). */
function caseA(): Record<string, Float64Array> {
  const s = parsePipelineSpec({ normalise: { method: 'n_minmax', params: { l_u: [0, 100] } }, aggregate: { method: 'a_amean' } });
  if (!s.ok) throw new Error('case A spec should parse');
  const r = runPipeline(asemInput(), s.spec);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.result.results.columns;
}

/** The fixture's long table Var1, Var2, Correlation. */
function corrFixture(name: string): [string, string, number][] {
  return parseCsv(fixtureText(name))
    .slice(1)
    .map((r) => [r[0]!, r[1]!, Number(r[2])]);
}

describe("Pearson correlations reproduce COINr's get_corr on case A to 1e-9", () => {
  const cols = caseA();

  it('between the 8 pillars (A_corr_pillars_vs_pillars.csv, 64 pairs)', () => {
    const m = correlationMatrix(cols, PILLARS);
    const rows = corrFixture('A_corr_pillars_vs_pillars.csv');
    expect(rows).toHaveLength(64);
    for (const [a, b, r] of rows)
      expect(m.values[PILLARS.indexOf(a)]![PILLARS.indexOf(b)]!, `${a}-${b}`).toBeCloseTo(r, 9);
  });

  it('between the index and each pillar (A_corr_pillars_vs_index.csv)', () => {
    const m = correlationMatrix(cols, ['Index'], PILLARS);
    const rows = corrFixture('A_corr_pillars_vs_index.csv');
    expect(rows).toHaveLength(8);
    for (const [a, b, r] of rows) {
      expect(a).toBe('Index');
      expect(m.values[0]![PILLARS.indexOf(b)]!, b).toBeCloseTo(r, 9);
    }
  });
});

describe('Spearman correlations', () => {
  it('are the Pearson correlations of the average ranks (ties shared)', () => {
    const x = [3, 1, 4, 1, 5, 9, 2, 6];
    const y = [2, 7, 1, 8, 2, 8, 1, 8];
    expect(spearman(x, y)).toBeCloseTo(pearson(rankValues(x, 'average'), rankValues(y, 'average')), 14);
    // R: cor(c(3,1,4,1,5,9,2,6), c(2,7,1,8,2,8,1,8), method = "spearman")
    expect(spearman(x, y)).toBeCloseTo(0.07362597, 8);
  });

  it('are 1 for any increasing transform and use only rows where both values exist', () => {
    const nan = Number.NaN;
    expect(spearman([1, 2, 3, nan, 5], [1, 8, 27, 4, 9999])).toBe(1);
    expect(pearson([1, 2, 3, nan, 5], [1, 8, 27, 4, 9999])).toBeLessThan(1);
  });

  it('fill a matrix with a unit diagonal on case A pillars', () => {
    const m = correlationMatrix(caseA(), PILLARS, PILLARS, 'spearman');
    PILLARS.forEach((_, i) => expect(m.values[i]![i]).toBeCloseTo(1, 12));
    expect(m.values[0]![1]).toBeCloseTo(m.values[1]![0]!, 14);
  });
});

describe("Cronbach's alpha reproduces COINr's get_cronbach (7 significant digits stored)", () => {
  it('is 0.8553373 for the 8 pillars of case A (engine scores)', () => {
    const cols = caseA();
    expect(cronbachAlpha(PILLARS.map((p) => cols[p]!))).toBeCloseTo(0.8553373, 7);
  });

  it('is 0.8553373 for the 8 pillars read from COINr results (A_raw_minmax_amean_results.csv)', () => {
    const t = fixtureTable('A_raw_minmax_amean_results.csv');
    const cols = PILLARS.map((p) => t.keys.map((k) => t.get(k, p)));
    expect(cronbachAlpha(cols)).toBeCloseTo(0.8553373, 7);
  });

  it('is 0.6198804 for the raw Physical indicators (rows with a missing value left out)', () => {
    const input = asemInput();
    const codes = input.iMeta.filter((r) => r.Parent === 'Physical').map((r) => r.iCode);
    expect(codes).toHaveLength(8);
    expect(cronbachAlpha(codes.map((c) => input.indicators[c]!))).toBeCloseTo(0.6198804, 7);
  });

  it('is NaN with a single item', () => {
    expect(cronbachAlpha([[1, 2, 3]])).toBeNaN();
  });
});
