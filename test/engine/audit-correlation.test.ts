import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/core/contract/csv.ts';
import { correlationMatrix } from '../../src/core/engine/audit/correlation-matrix.ts';
import { correlationPValue } from '../../src/core/engine/audit/correlation-p-value.ts';
import { cronbachAlpha } from '../../src/core/engine/audit/cronbach-alpha.ts';
import { spearman } from '../../src/core/engine/audit/spearman.ts';
import { parsePipelineSpec } from '../../src/core/engine/parse-pipeline-spec.ts';
import { runPipeline } from '../../src/core/engine/run-pipeline.ts';
import { pearson } from '../../src/core/stats/pearson.ts';
import { rankValues } from '../../src/core/stats/rank-values.ts';
import { asemInput, fixtureTable, fixtureText } from './support/fixtures.ts';

const PILLARS = [
  'Physical',
  'ConEcFin',
  'Political',
  'Instit',
  'P2P',
  'Environ',
  'Social',
  'SusEcFin',
];

/** Case A's aggregate columns, computed by the engine (raw -> min-max [0, 100] -> arithmetic mean). */
function caseA(): Record<string, Float64Array> {
  const s = parsePipelineSpec({
    normalise: { method: 'n_minmax', params: { l_u: [0, 100] } },
    aggregate: { method: 'a_amean' },
  });
  if (!s.ok) throw new Error('case A spec should parse');
  const r = runPipeline(asemInput(), s.spec);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.result.results.columns;
}

/** The fixture's long table Var1, Var2, Correlation. */
function corrFixture(name: string): [string, string, number][] {
  return parseCsv(fixtureText(name))
    .slice(1)
    .map((r) => [r[0]!, r[1]!, r[2] ? Number(r[2]) : Number.NaN]);
}

describe("Pearson correlations reproduce COINr's get_corr on case A to 1e-9", () => {
  const cols = caseA();

  it('between the 8 pillars (A_corr_pillars_vs_pillars.csv, 64 pairs)', () => {
    // COINr's get_corr masks correlations not significant at 5% (empty cells in the fixture)
    const m = correlationMatrix(cols, PILLARS, PILLARS, { pval: 0.05 });
    const rows = corrFixture('A_corr_pillars_vs_pillars.csv');
    expect(rows).toHaveLength(64);
    let masked = 0;
    for (const [a, b, r] of rows) {
      const v = m.values[PILLARS.indexOf(a)]![PILLARS.indexOf(b)]!;
      if (Number.isNaN(r)) masked++;
      if (Number.isNaN(r)) expect(v, `${a}-${b}`).toBeNaN();
      else expect(v, `${a}-${b}`).toBeCloseTo(r, 9);
    }
    expect(masked).toBeGreaterThan(5);
  });

  it('between the index and each pillar (A_corr_pillars_vs_index.csv)', () => {
    const m = correlationMatrix(cols, ['Index'], PILLARS, { pval: 0.05 });
    const all = correlationMatrix(cols, ['Index'], PILLARS);
    const rows = corrFixture('A_corr_pillars_vs_index.csv');
    expect(rows).toHaveLength(8);
    for (const [a, b, r] of rows) {
      expect(a).toBe('Index');
      const v = m.values[0]![PILLARS.indexOf(b)]!;
      if (Number.isNaN(r)) {
        expect(v, b).toBeNaN();
        expect(all.values[0]![PILLARS.indexOf(b)]!, b).not.toBeNaN();
      } else expect(v, b).toBeCloseTo(r, 9);
    }
  });
});

describe('Spearman correlations', () => {
  it('are the Pearson correlations of the average ranks (ties shared)', () => {
    const x = [3, 1, 4, 1, 5, 9, 2, 6];
    const y = [2, 7, 1, 8, 2, 8, 1, 8];
    expect(spearman(x, y)).toBeCloseTo(
      pearson(rankValues(x, 'average'), rankValues(y, 'average')),
      14,
    );
    // reference: scipy.stats.spearmanr(x, y) = 0.19885368120992467
    expect(spearman(x, y)).toBeCloseTo(0.19885368120992467, 12);
  });

  it('are 1 for any increasing transform and use only rows where both values exist', () => {
    const nan = Number.NaN;
    expect(spearman([1, 2, 3, nan, 5], [1, 8, 27, 4, 9999])).toBe(1);
    expect(pearson([1, 2, 3, nan, 5], [1, 8, 27, 4, 9999])).toBeLessThan(1);
  });

  it('fill a matrix with a unit diagonal on case A pillars', () => {
    const m = correlationMatrix(caseA(), PILLARS, PILLARS, { method: 'spearman' });
    for (let i = 0; i < PILLARS.length; i++) expect(m.values[i]![i]).toBeCloseTo(1, 12);
    expect(m.values[0]![1]).toBeCloseTo(m.values[1]![0]!, 14);
  });
});

describe('correlation p-values', () => {
  it('match the t test with n - 2 degrees of freedom', () => {
    // reference: 2 * scipy.stats.t.sf(0.5 * sqrt(18 / 0.75), 18) = 0.024769558804109703
    expect(correlationPValue(0.5, 20)).toBeCloseTo(0.024769558804109703, 12);
    expect(correlationPValue(0, 20)).toBeCloseTo(1, 12);
    expect(correlationPValue(0.5, 2)).toBeNaN();
  });
});

describe("Cronbach's alpha reproduces COINr's get_cronbach (7 significant digits stored)", () => {
  // The fixture README says "the 8 Conn pillars"; 0.8553373 is the alpha of Conn's 5 pillars
  // (all 8 level-2 pillars give 0.7716).
  const CONN = ['Physical', 'ConEcFin', 'Political', 'Instit', 'P2P'];

  it('is 0.8553373 for the Conn pillars of case A (engine scores)', () => {
    const cols = caseA();
    expect(cronbachAlpha(CONN.map((p) => cols[p]!))).toBeCloseTo(0.8553373, 7);
  });

  it('is 0.8553373 for the Conn pillars read from COINr results (A_raw_minmax_amean_results.csv)', () => {
    const t = fixtureTable('A_raw_minmax_amean_results.csv');
    const cols = CONN.map((p) => t.keys.map((k) => t.get(k, p)));
    expect(cronbachAlpha(cols)).toBeCloseTo(0.8553373, 7);
  });

  it('is 0.6198804 for the raw Physical indicators (covariances over pairwise-complete rows)', () => {
    const input = asemInput();
    const codes = input.iMeta.filter((r) => r.Parent === 'Physical').map((r) => r.iCode);
    expect(codes).toHaveLength(8);
    expect(cronbachAlpha(codes.map((c) => input.indicators[c]!))).toBeCloseTo(0.6198804, 7);
  });

  it('is NaN with a single item', () => {
    expect(cronbachAlpha([[1, 2, 3]])).toBeNaN();
  });
});
