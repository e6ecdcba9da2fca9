import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/core/engine/run-pipeline.ts';
import { asemInput, expectTableMatches, fixtureTable } from './support/fixtures.ts';

describe('COINr case A: raw -> min-max [0, 100] -> arithmetic mean', () => {
  const input = asemInput();
  const run = runPipeline(input, {
    normalise: { method: 'n_minmax', params: { l_u: [0, 100] } },
    aggregate: { method: 'a_amean' },
  });
  if (!run.ok) throw new Error(JSON.stringify(run.issues));
  const { result } = run;

  it('reproduces every normalised indicator value to 1e-9', () => {
    const n = expectTableMatches(
      fixtureTable('A_raw_minmax_amean_Normalised.csv'),
      input.units,
      result.datasets.Normalised!.columns,
    );
    expect(n).toBe(51 * 49);
  });

  it('reproduces the index and every aggregate to 1e-9 and the ranks exactly', () => {
    const table = fixtureTable('A_raw_minmax_amean_results.csv');
    const n = expectTableMatches(table, result.results.units, result.results.columns, ['Rank']);
    expect(n).toBe(51 * 11);
    for (const u of table.keys)
      expect(result.results.rank[result.results.units.indexOf(u)]).toBe(table.get(u, 'Rank'));
  });

  it('lists the index first, then the aggregates top level first', () => {
    expect(Object.keys(result.results.columns)).toEqual(
      fixtureTable('A_raw_minmax_amean_results.csv').header.slice(2),
    );
  });
});
