import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/core/contract/csv.ts';
import { aggregateStage } from '../../src/core/engine/aggregate/aggregate-stage.ts';
import { denominateStage } from '../../src/core/engine/denominate/denominate-stage.ts';
import { imputeStage } from '../../src/core/engine/impute/impute-stage.ts';
import { normaliseStage } from '../../src/core/engine/normalise/normalise-stage.ts';
import { parsePipelineSpec } from '../../src/core/engine/parse-pipeline-spec.ts';
import { runPipeline } from '../../src/core/engine/run-pipeline.ts';
import { screenStage } from '../../src/core/engine/screen/screen-stage.ts';
import type { StageOutput } from '../../src/core/engine/stage.ts';
import { treatStage } from '../../src/core/engine/treat/treat-stage.ts';
import { asemInput, expectTableMatches, fixtureTable, fixtureText } from './support/fixtures.ts';
import { contextOf, stateFromFixture } from './support/stage-state.ts';

const CASE_B_SPEC = {
  denominate: true,
  impute: { method: 'i_mean_grp', group: 'EurAsia_group' },
  screen: { dat_thresh: 0.9, unit_screen: 'byNA' },
  treat: { winmax: 5, skew_thresh: 2, kurt_thresh: 3.5 },
  normalise: { method: 'n_minmax', params: { l_u: [0, 100] } },
  aggregate: { method: 'a_amean' },
};

function ok(out: StageOutput) {
  if (!out.ok) throw new Error(JSON.stringify(out.issues.slice(0, 3)));
  return out;
}

describe("COINr case B: the full example pipeline, stage by stage from COINr's previous stage", () => {
  const input = asemInput();
  const ctx = contextOf(input);
  const from = (name: string) => stateFromFixture(name, input, ctx);
  const check = (name: string, out: StageOutput) => {
    const o = ok(out);
    expect(
      expectTableMatches(fixtureTable(name), o.state.data.units, o.state.data.columns),
    ).toBeGreaterThan(2000);
    return o;
  };

  it('denominates the raw data by the iMeta Denominator column', () => {
    check('B_example_Denominated.csv', denominateStage(from('B_example_Raw.csv'), true, ctx));
  });

  it('imputes the denominated data by EurAsia_group mean', () => {
    check(
      'B_example_Imputed.csv',
      imputeStage(
        from('B_example_Denominated.csv'),
        { method: 'i_mean_grp', group: 'EurAsia_group' },
        ctx,
      ),
    );
  });

  it('screens the imputed data at 90% availability and keeps all 51 units', () => {
    const o = check(
      'B_example_Screened.csv',
      screenStage(from('B_example_Imputed.csv'), { dat_thresh: 0.9, unit_screen: 'byNA' }, ctx),
    );
    expect(o.state.data.units).toHaveLength(51);
  });

  it('treats the screened data: 15 indicators winsorised with the point counts COINr reports', () => {
    const o = check(
      'B_example_Treated.csv',
      treatStage(from('B_example_Screened.csv'), { winmax: 5 }, ctx),
    );
    const details = fixtureTable('B_example_treat_details.csv');
    const winsorised = o.treatment!.filter((d) => d.treatment === 'winsorised');
    expect(winsorised).toHaveLength(15);
    for (const d of o.treatment!) {
      const nwin = details.get(d.iCode, 'winsorise.nwin');
      expect(d.winsorisedPoints, d.iCode).toBe(Number.isNaN(nwin) ? 0 : nwin);
      expect(d.checks![0]!.pass).toBe(details.text(d.iCode, 'check_SkewKurt0.Pass') === 'TRUE');
      expect(d.skewBefore).toBeCloseTo(details.get(d.iCode, 'check_SkewKurt0.Skew'), 9);
      expect(d.kurtBefore).toBeCloseTo(details.get(d.iCode, 'check_SkewKurt0.Kurt'), 9);
      if (d.checks![1])
        expect(d.checks![1].kurt).toBeCloseTo(details.get(d.iCode, 'check_SkewKurt1.Kurt'), 9);
    }
    expect(winsorised.reduce((s, d) => s + d.winsorisedPoints, 0)).toBe(35);
  });

  it('marks the same treated points as COINr', () => {
    const o = ok(treatStage(from('B_example_Screened.csv'), { winmax: 5 }, ctx));
    const rows = parseCsv(fixtureText('B_example_treated_points.csv'));
    const header = rows[0]!;
    for (const d of o.treatment!) {
      const j = header.indexOf(d.iCode);
      const marked = rows.slice(1).flatMap((r, i) => (r[j] ? [i] : []));
      expect(d.treatedRows, d.iCode).toEqual(marked);
    }
  });

  it('normalises the treated data by min-max onto [0, 100]', () => {
    check(
      'B_example_Normalised.csv',
      normaliseStage(
        from('B_example_Treated.csv'),
        { method: 'n_minmax', params: { l_u: [0, 100] } },
        ctx,
      ),
    );
  });

  it('aggregates the normalised data by arithmetic mean at every level', () => {
    check(
      'B_example_Aggregated.csv',
      aggregateStage(from('B_example_Normalised.csv'), { aggregate: { method: 'a_amean' } }, ctx),
    );
  });

  it('reproduces the full results end to end from the raw input, ranks exactly', () => {
    const spec = parsePipelineSpec(CASE_B_SPEC);
    if (!spec.ok) throw new Error(JSON.stringify(spec.issues));
    const run = runPipeline(input, spec.spec);
    if (!run.ok) throw new Error(JSON.stringify(run.issues));
    const { results, datasets } = run.result;
    const table = fixtureTable('B_example_results_full.csv');
    const all = datasets.Aggregated!.columns;
    expect(expectTableMatches(table, results.units, all, ['Rank'])).toBe(51 * 60);
    for (const u of table.keys)
      expect(results.rank[results.units.indexOf(u)], u).toBe(table.get(u, 'Rank'));
    for (const stage of ['Denominated', 'Imputed', 'Screened', 'Treated', 'Normalised'] as const) {
      expectTableMatches(
        fixtureTable(`B_example_${stage}.csv`),
        datasets[stage]!.units,
        datasets[stage]!.columns,
      );
    }
  });
});
