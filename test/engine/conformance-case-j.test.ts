import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/core/contract/csv.ts';
import { treatStage } from '../../src/core/engine/treat/treat-stage.ts';
import { asemInput, expectTableMatches, fixtureTable, fixtureText } from './support/fixtures.ts';
import { contextOf, stateFromFixture } from './support/stage-state.ts';

describe("COINr case J: treatment of case B's screened data with winmax 1", () => {
  const input = asemInput();
  const ctx = contextOf(input);
  const out = treatStage(
    stateFromFixture('B_example_Screened.csv', input, ctx),
    { winmax: 1 },
    ctx,
  );
  if (!out.ok) throw new Error(JSON.stringify(out.issues));

  it('reproduces the treated data to 1e-9', () => {
    expect(
      expectTableMatches(
        fixtureTable('J_treat_winmax1_Treated.csv'),
        out.state.data.units,
        out.state.data.columns,
      ),
    ).toBe(51 * 49);
  });

  it('falls through to log_CT of the original values for 11 indicators, with every check as COINr', () => {
    const details = fixtureTable('J_treat_winmax1_details.csv');
    expect(out.treatment!.filter((d) => d.treatment === 'log_CT')).toHaveLength(11);
    for (const d of out.treatment!) {
      d.checks!.forEach((c, k) => {
        expect(c.pass, `${d.iCode} check ${k}`).toBe(
          details.text(d.iCode, `check_SkewKurt${k}.Pass`) === 'TRUE',
        );
        expect(c.skew).toBeCloseTo(details.get(d.iCode, `check_SkewKurt${k}.Skew`), 9);
        expect(c.kurt).toBeCloseTo(details.get(d.iCode, `check_SkewKurt${k}.Kurt`), 9);
      });
      const expectedChecks = [0, 1, 2].filter(
        (k) => details.text(d.iCode, `check_SkewKurt${k}.Pass`) !== '',
      ).length;
      expect(d.checks, d.iCode).toHaveLength(expectedChecks);
    }
  });

  it('marks every point of a log-transformed indicator as treated, as COINr does', () => {
    const rows = parseCsv(fixtureText('J_treat_winmax1_treated_points.csv'));
    const header = rows[0]!;
    for (const d of out.treatment!) {
      const j = header.indexOf(d.iCode);
      const marked = rows.slice(1).flatMap((r, i) => (r[j] ? [i] : []));
      expect(d.treatedRows, d.iCode).toEqual(marked);
    }
  });
});
