import { describe, expect, it } from 'vitest';
import { aCopeland } from '../../src/core/engine/aggregate/a-copeland.ts';
import { parsePipelineSpec } from '../../src/core/engine/parse-pipeline-spec.ts';
import { rankScores } from '../../src/core/engine/rank-scores.ts';
import { runPipeline } from '../../src/core/engine/run-pipeline.ts';
import { asemInput, expectTableMatches, fixtureTable } from './support/fixtures.ts';

const input = asemInput();

function hWeights() {
  const t = fixtureTable('H_weights.csv');
  return Object.fromEntries(t.keys.map((k) => [k, t.get(k, 'Weight')]));
}

const CASES: { name: string; prefix: string; spec: unknown }[] = [
  {
    name: 'C: z-score (0, 1) with sample sd',
    prefix: 'C_raw_zscore_amean',
    spec: {
      normalise: { method: 'n_zscore', params: { m_sd: [0, 1] } },
      aggregate: { method: 'a_amean' },
    },
  },
  {
    name: 'D: min-max [1, 100] and geometric mean',
    prefix: 'D_raw_minmax1_100_gmean',
    spec: {
      normalise: { method: 'n_minmax', params: { l_u: [1, 100] } },
      aggregate: { method: 'a_gmean' },
    },
  },
  {
    name: 'E: min-max [1, 100] and harmonic mean',
    prefix: 'E_raw_minmax1_100_hmean',
    spec: {
      normalise: { method: 'n_minmax', params: { l_u: [1, 100] } },
      aggregate: { method: 'a_hmean' },
    },
  },
  {
    name: 'F: percentile ranks read at full precision',
    prefix: 'F_raw_prank_amean',
    spec: { normalise: { method: 'n_prank' }, aggregate: { method: 'a_amean' } },
  },
  {
    name: 'G1: distance to the iMeta target, uncapped',
    prefix: 'G1_raw_dist2targ_uncapped_amean',
    spec: {
      normalise: { method: 'n_dist2targ', params: 'use_iMeta' },
      aggregate: { method: 'a_amean' },
    },
  },
  {
    name: 'G2: distance to the iMeta target, capped at 1',
    prefix: 'G2_raw_dist2targ_capped_amean',
    spec: {
      normalise: { method: 'n_dist2targ', params: { cap_max: true } },
      aggregate: { method: 'a_amean' },
    },
  },
  {
    name: 'H: min-max with a custom weight set',
    prefix: 'H_raw_minmax_amean_customweights',
    spec: {
      normalise: { method: 'n_minmax', params: { l_u: [0, 100] } },
      weights: { set: 'H', sets: { H: hWeights() } },
      aggregate: { method: 'a_amean' },
    },
  },
];

describe('COINr cases C to H: one normalisation and aggregation each, from the raw data', () => {
  for (const c of CASES) {
    it(`case ${c.name} reproduces normalised data and results to 1e-9, ranks exactly`, () => {
      const spec = parsePipelineSpec(c.spec);
      if (!spec.ok) throw new Error(JSON.stringify(spec.issues));
      const run = runPipeline(input, spec.spec);
      if (!run.ok) throw new Error(JSON.stringify(run.issues.slice(0, 3)));
      const { datasets, results } = run.result;
      expect(
        expectTableMatches(
          fixtureTable(`${c.prefix}_Normalised.csv`),
          input.units,
          datasets.Normalised!.columns,
        ),
      ).toBe(51 * 49);
      const table = fixtureTable(`${c.prefix}_results.csv`);
      expect(expectTableMatches(table, results.units, results.columns, ['Rank'])).toBe(51 * 11);
      for (const u of table.keys)
        expect(results.rank[results.units.indexOf(u)], u).toBe(table.get(u, 'Rank'));
    });
  }
});

describe("COINr case I: Copeland aggregation of case A's pillars", () => {
  it('gives the Copeland score and rank of every unit', () => {
    const run = runPipeline(input, {
      normalise: { method: 'n_minmax', params: { l_u: [0, 100] } },
      aggregate: { method: 'a_amean' },
    });
    if (!run.ok) throw new Error('case A should run');
    const pillars = [
      'Physical',
      'ConEcFin',
      'Political',
      'Instit',
      'P2P',
      'Environ',
      'Social',
      'SusEcFin',
    ];
    const agg = run.result.datasets.Aggregated!.columns;
    const scores = aCopeland(
      pillars.map((p) => agg[p]!),
      pillars.map(() => 1),
    );
    const ranks = rankScores(scores);
    const table = fixtureTable('I_copeland_on_A_pillars.csv');
    for (const u of table.keys) {
      const i = input.units.indexOf(u);
      expect(scores[i], u).toBe(table.get(u, 'copeland'));
      expect(ranks[i], u).toBe(table.get(u, 'rank'));
    }
  });
});
