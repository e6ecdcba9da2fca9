import { describe, expect, it } from 'vitest';
import { parsePipelineSpec } from '../../src/core/engine/parse-pipeline-spec.ts';
import { runPipeline } from '../../src/core/engine/run-pipeline.ts';
import type { PipelineSpec } from '../../src/core/engine/spec.ts';
import { cachedRunner } from '../../src/core/engine/uncertainty/cached-runner.ts';
import { runSensitivity } from '../../src/core/engine/uncertainty/run-sensitivity.ts';
import { runUncertainty } from '../../src/core/engine/uncertainty/run-uncertainty.ts';
import { asemInput, fixtureTable } from './support/fixtures.ts';

function spec(json: unknown): PipelineSpec {
  const s = parsePipelineSpec(json);
  if (!s.ok) throw new Error(JSON.stringify(s.issues));
  return s.spec;
}
// COINr's example coin (case B), the nominal of its uncertainty vignette
const CASE_B = spec({
  denominate: true,
  impute: { method: 'i_mean_grp', group: 'EurAsia_group' },
  screen: { dat_thresh: 0.9, unit_screen: 'byNA' },
  treat: { winmax: 5, skew_thresh: 2, kurt_thresh: 3.5 },
  normalise: { method: 'n_minmax', params: { l_u: [0, 100] } },
  aggregate: { method: 'a_amean' },
});
const input = asemInput();

describe('the stage cache', () => {
  it('gives the same ranks as runPipeline for every variant, in any order', () => {
    const run = cachedRunner(input);
    const variants = [
      CASE_B,
      spec({ ...CASE_B, treat: { winmax: 1 } }),
      spec({ ...CASE_B, normalise: { method: 'n_zscore', params: { m_sd: [10, 2] } } }),
      spec({
        ...CASE_B,
        aggregate: { method: 'a_gmean' },
        normalise: { method: 'n_minmax', params: { l_u: [1, 100] } },
      }),
      spec({ ...CASE_B, weights: { levels: { '2': { Physical: 3 } } } }),
      CASE_B,
      spec({ ...CASE_B, treat: { winmax: 1 } }),
    ];
    for (const v of variants) {
      const direct = runPipeline(input, v);
      const cached = run(v);
      if (!direct.ok || !cached.ok) throw new Error('both runs should succeed');
      expect(cached.units).toEqual(direct.result.results.units);
      expect(Array.from(cached.rank)).toEqual(Array.from(direct.result.results.rank));
    }
  });
});

describe("uncertainty analysis against COINr's vignette (N = 100, distributions)", () => {
  const ua = runUncertainty(input, CASE_B, { runs: 100, seed: 1 });
  const coinr = fixtureTable('UA_vignette_RankStats.csv');

  it('gives every unit the nominal rank COINr gives', () => {
    expect(ua.units).toHaveLength(coinr.keys.length);
    ua.units.forEach((u, i) => {
      expect(ua.nominal[i], u).toBe(coinr.get(u, 'Nominal'));
    });
  });

  it("gives rank intervals that overlap COINr's for every unit and mean ranks within one place on average", () => {
    let meanGap = 0;
    ua.units.forEach((u, i) => {
      expect(ua.q5[i]!, u).toBeLessThanOrEqual(coinr.get(u, 'Q95'));
      expect(ua.q95[i]!, u).toBeGreaterThanOrEqual(coinr.get(u, 'Q5'));
      // bimodal units (LUX: amean vs gmean) move their median by a few places between samples
      expect(Math.abs(ua.median[i]! - coinr.get(u, 'Median')), u).toBeLessThanOrEqual(5);
      meanGap += Math.abs(ua.mean[i]! - coinr.get(u, 'Mean')) / ua.units.length;
    });
    expect(meanGap).toBeLessThan(1);
  });

  it('orders each unit as 1 <= q5 <= median <= q95 <= 51', () => {
    ua.units.forEach((u, i) => {
      expect(ua.q5[i]!, u).toBeGreaterThanOrEqual(1);
      expect(ua.q5[i]!, u).toBeLessThanOrEqual(ua.median[i]!);
      expect(ua.median[i]!, u).toBeLessThanOrEqual(ua.q95[i]!);
      expect(ua.q95[i]!, u).toBeLessThanOrEqual(51);
    });
    expect(ua.runs).toBe(100);
    expect(ua.failed).toBe(0);
  });

  it('repeats itself exactly for the same seed and differs for another', () => {
    const again = runUncertainty(input, CASE_B, { runs: 100, seed: 1 });
    const other = runUncertainty(input, CASE_B, { runs: 100, seed: 2 });
    expect(Array.from(again.mean)).toEqual(Array.from(ua.mean));
    expect(Array.from(again.q95)).toEqual(Array.from(ua.q95));
    expect(Array.from(other.mean)).not.toEqual(Array.from(ua.mean));
  });

  it('reports progress after each replication', () => {
    const seen: number[] = [];
    runUncertainty(input, CASE_B, { runs: 5, seed: 1, onProgress: (d, t) => seen.push(d / t) });
    expect(seen).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
  });
});

describe('failed replications', () => {
  it('are counted and explained, not thrown (geometric mean over min-max [0, 100] zeros)', () => {
    const nominal = spec({
      normalise: { method: 'n_minmax', params: { l_u: [0, 100] } },
      aggregate: { method: 'a_amean' },
    });
    const ua = runUncertainty(input, nominal, {
      runs: 40,
      seed: 5,
      inputs: [{ name: 'Aggregation', kind: 'aggregation', alternatives: ['a_amean', 'a_gmean'] }],
    });
    expect(ua.failed).toBeGreaterThan(5);
    expect(ua.failed).toBeLessThan(35);
    expect(ua.failures?.join(' ')).toMatch(/geometric|gmean|positive/i);
    // the successful (arithmetic) replications all equal the nominal
    expect(Array.from(ua.median)).toEqual(Array.from(ua.nominal));
  });

  it('count an invalid alternative with the path of the problem', () => {
    const ua = runUncertainty(input, CASE_B, {
      runs: 10,
      seed: 1,
      inputs: [{ name: 'Norm', kind: 'normalisation', alternatives: [{ method: 'n_nosuch' }] }],
    });
    expect(ua.failed).toBe(10);
    expect(ua.failures?.[0]).toMatch(/^variant spec is invalid: normalise/);
    expect(Number.isNaN(ua.mean[0]!)).toBe(true);
  });
});

describe("sensitivity analysis against COINr's vignette (N = 100, Saltelli design)", () => {
  const sa = runSensitivity(input, CASE_B, { runs: 100, seed: 1 });
  const sobol = fixtureTable('SA_vignette_SobolIndices.csv');
  const coinrRanks = fixtureTable('SA_vignette_RankStats.csv');
  const total = (name: string) => sa.totalOrder[sa.inputs.indexOf(name)]!;

  it('runs N (d + 2) = 600 pipelines over the four vignette inputs', () => {
    expect(sa.inputs).toEqual(['Winmax', 'Normalisation', 'Weights', 'Aggregation']);
    expect(sa.outputs).toHaveLength(600);
    expect(sa.rankStats.failed).toBe(0);
  });

  it('orders the total indices as COINr: aggregation > normalisation > weights > winsorisation', () => {
    expect(total('Aggregation')).toBeGreaterThan(total('Normalisation'));
    expect(total('Normalisation')).toBeGreaterThan(total('Weights'));
    expect(total('Weights')).toBeGreaterThan(total('Winmax'));
  });

  it("puts every total index inside a band around COINr's (its 5-95% bootstrap interval widened by 0.15)", () => {
    for (const name of sa.inputs) {
      expect(total(name), name).toBeGreaterThan(sobol.get(name, 'STi_q5') - 0.15);
      expect(total(name), name).toBeLessThan(sobol.get(name, 'STi_q95') + 0.15);
    }
  });

  it('gives first-order indices no larger than total ones beyond sampling noise', () => {
    sa.inputs.forEach((name, i) => {
      expect(sa.firstOrder[i]!, name).toBeLessThan(sa.totalOrder[i]! + 0.3);
      expect(sobol.get(name, 'Si')).toBeLessThan(sobol.get(name, 'STi') + 0.3);
    });
  });

  it("gives the nominal ranks COINr gives and rank intervals overlapping COINr's", () => {
    const rs = sa.rankStats;
    rs.units.forEach((u, i) => {
      expect(rs.nominal[i], u).toBe(coinrRanks.get(u, 'Nominal'));
      expect(rs.q5[i]!, u).toBeLessThanOrEqual(coinrRanks.get(u, 'Q95'));
      expect(rs.q95[i]!, u).toBeGreaterThanOrEqual(coinrRanks.get(u, 'Q5'));
    });
  });

  it("gives bootstrap intervals around each total index that overlap COINr's", () => {
    const withCi = runSensitivity(input, CASE_B, { runs: 100, seed: 1, bootstrap: 500 });
    expect(Array.from(withCi.totalOrder)).toEqual(Array.from(sa.totalOrder));
    expect(sa.intervals).toBeUndefined();
    withCi.inputs.forEach((name, i) => {
      const ci = withCi.intervals![i]!;
      expect(ci.totalQ5, name).toBeLessThan(withCi.totalOrder[i]!);
      expect(ci.totalQ95, name).toBeGreaterThan(withCi.totalOrder[i]!);
      expect(ci.firstQ5, name).toBeLessThan(ci.firstQ95);
      expect(ci.totalQ5, name).toBeLessThanOrEqual(sobol.get(name, 'STi_q95'));
      expect(ci.totalQ95, name).toBeGreaterThanOrEqual(sobol.get(name, 'STi_q5'));
    });
  });

  it('repeats itself exactly for the same seed and differs for another', () => {
    const again = runSensitivity(input, CASE_B, { runs: 100, seed: 1 });
    const other = runSensitivity(input, CASE_B, { runs: 100, seed: 3 });
    expect(Array.from(again.totalOrder)).toEqual(Array.from(sa.totalOrder));
    expect(Array.from(other.totalOrder)).not.toEqual(Array.from(sa.totalOrder));
  });
});
