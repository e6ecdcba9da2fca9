import { describe, expect, it } from 'vitest';
import { pca } from '../../src/core/engine/audit/pca.ts';
import { pcaWeights } from '../../src/core/engine/audit/pca-weights.ts';
import { parsePipelineSpec } from '../../src/core/engine/parse-pipeline-spec.ts';
import { runPipeline } from '../../src/core/engine/run-pipeline.ts';
import { asemInput, fixtureTable } from './support/fixtures.ts';

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
const aggregated = fixtureTable('B_example_Aggregated.csv');
const columns = Object.fromEntries(
  PILLARS.map((p) => [p, Float64Array.from(aggregated.keys, (k) => aggregated.get(k, p))]),
);

describe("PCA reproduces COINr's get_PCA on case B's level-2 aggregates (prcomp, centred and scaled)", () => {
  const r = pca(columns, PILLARS);
  if (!r.ok) throw new Error(r.issues[0]!.message);
  const loadings = fixtureTable('B_PCA_level2_loadings.csv');
  const variance = fixtureTable('B_PCA_level2_variance.csv');

  it('gives the PC1 and PC2 loadings to 1e-9, up to the sign of each component', () => {
    for (const [j, col] of [
      [0, 'PC1_loading'],
      [1, 'PC2_loading'],
    ] as const) {
      const sign = Math.sign(r.result.loadings[0]![j]!) * Math.sign(loadings.get('Physical', col));
      PILLARS.forEach((p, c) => {
        expect(sign * r.result.loadings[c]![j]!, `${p} ${col}`).toBeCloseTo(
          loadings.get(p, col),
          9,
        );
      });
    }
  });

  it('gives every component standard deviation to 1e-9 and variance shares to the 5 digits stored', () => {
    expect(r.result.sdev).toHaveLength(8);
    r.result.sdev.forEach((sd, j) => {
      expect(sd, `PC${j + 1}`).toBeCloseTo(variance.get('Standard deviation', `PC${j + 1}`), 9);
      expect(r.result.proportion[j]!, `PC${j + 1}`).toBeCloseTo(
        variance.get('Proportion of Variance', `PC${j + 1}`),
        5,
      );
    });
    expect(r.result.proportion[0]).toBeCloseTo(0.47197, 5);
    expect(r.result.nRows).toBe(51);
  });

  it('orients each component so its loadings sum positive', () => {
    for (let j = 0; j < 8; j++) {
      expect(r.result.loadings.reduce((s, row) => s + row[j]!, 0)).toBeGreaterThan(0);
    }
  });
});

describe('PCA on incomplete or degenerate data', () => {
  it('leaves out rows with a missing value (listwise)', () => {
    const nan = Number.NaN;
    const r = pca({ a: [1, 2, 3, 4, nan], b: [2, 1, 4, 3, 100] }, ['a', 'b']);
    expect(r.ok && r.result.nRows).toBe(4);
  });

  it('names a constant column instead of dividing by zero', () => {
    const r = pca({ a: [1, 2, 3], b: [5, 5, 5] }, ['a', 'b']);
    expect(r).toEqual({
      ok: false,
      issues: [
        {
          code: 'constant_indicator',
          path: 'pca',
          message: 'PCA: column "b" is constant over the complete rows',
          severity: 'error',
        },
      ],
    });
  });
});

describe('PCA weights', () => {
  it('are the PC1 loadings, and the pipeline runs with them as a weight set', () => {
    const w = pcaWeights(columns, PILLARS);
    if (!w.ok) throw new Error(w.issues[0]!.message);
    const loadings = fixtureTable('B_PCA_level2_loadings.csv');
    for (const p of PILLARS) expect(w.weights[p]).toBeCloseTo(loadings.get(p, 'PC1_loading'), 9);
    const spec = parsePipelineSpec({
      normalise: { method: 'n_minmax', params: { l_u: [0, 100] } },
      weights: { sets: { PCA: w.weights }, levels: { '2': 'PCA' } },
      aggregate: { method: 'a_amean' },
    });
    if (!spec.ok) throw new Error(JSON.stringify(spec.issues));
    const out = runPipeline(asemInput(), spec.spec);
    expect(out.ok).toBe(true);
    const plain = parsePipelineSpec({
      normalise: { method: 'n_minmax', params: { l_u: [0, 100] } },
      aggregate: { method: 'a_amean' },
    });
    const base = plain.ok ? runPipeline(asemInput(), plain.spec) : undefined;
    if (!out.ok || !base?.ok) throw new Error('both runs should succeed');
    expect(Array.from(out.result.results.columns.Conn!)).not.toEqual(
      Array.from(base.result.results.columns.Conn!),
    );
  });
});
