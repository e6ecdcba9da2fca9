import { describe, expect, test } from 'vitest';
import { readTemplate } from '../../src/core/validate/index.ts';
import { addRow, fill, ok, setCell, template } from './fixture.ts';

/** A template with one good value, so only the tab under test speaks. */
function base() {
  const wb = template();
  fill(wb, 'MEX-USA', 'gdp_pc_usd', 'origin', ok(2023, 13926));
  return wb;
}

function answer(
  wb: ReturnType<typeof base>,
  question: string,
  side: string,
  value: unknown,
  source: unknown = 'OHCHR',
): number {
  const rows = wb.tabs.Policy!;
  const i = rows.findIndex((r) => r[1] === question && r[2] === side);
  rows[i]![4] = value;
  rows[i]![6] = source;
  return i + 1;
}

describe('the Policy tab', () => {
  test('answers are matched without regard to case and scored 0, 50 or 100', () => {
    const wb = base();
    answer(wb, 'icrmw', 'origin', 'Ratified');
    answer(wb, 'icrmw', 'destination', 'not signed');
    answer(wb, 'bla', 'corridor', 'signed or memorandum only');
    const { issues, submission } = readTemplate(wb);
    expect(issues).toEqual([]);
    expect(
      submission.policy.map((p) => [p.question, p.side, p.country, p.answer, p.score]),
    ).toEqual([
      ['icrmw', 'origin', 'MEX', 'ratified', 100],
      ['icrmw', 'destination', 'USA', 'not signed', 0],
      ['bla', 'corridor', undefined, 'signed or memorandum only', 50],
    ]);
  });

  test('an answer that is not an option is invalid_answer and lists the options', () => {
    const wb = base();
    const row = answer(wb, 'visa_access', 'corridor', 'maybe');
    expect(readTemplate(wb).issues).toEqual([
      {
        code: 'invalid_answer',
        cell: `Policy!E${row}`,
        message:
          'visa_access expects one of "visa-free", "visa on arrival or e-visa", "visa required", found "maybe"',
        severity: 'error',
      },
    ]);
  });

  test('an unknown question is unknown_indicator and an answer without a source a warning', () => {
    const wb = base();
    const r = addRow(wb, 'Policy', {
      corridor_id: 'MEX-USA',
      question: 'q_magic',
      side: 'origin',
      answer: 'yes',
    });
    const row = answer(wb, 'ssa', 'corridor', 'none', '');
    const issues = readTemplate(wb).issues;
    expect(issues.map((i) => [i.code, i.cell, i.severity])).toEqual([
      ['missing_source', `Policy!G${row}`, 'warning'],
      ['unknown_indicator', `Policy!B${r}`, 'error'],
    ]);
    expect(issues[1]!.message).toMatch(
      /^question expects a policy question id \(icrmw, ilo_c97, ilo_c143, ilo_c189, \.\.\.\), found "q_magic"$/,
    );
  });
});

describe('the Data availability tab', () => {
  test('statuses are read per data source and side, with their latest year', () => {
    const wb = base();
    const rows = wb.tabs['Data availability']!;
    const i = rows.findIndex((r) => r[1] === 'population_census' && r[2] === 'origin');
    rows[i]![4] = 'available';
    rows[i]![5] = '2020';
    const { issues, submission } = readTemplate(wb);
    expect(issues).toEqual([]);
    expect(submission.availability).toEqual([
      {
        row: i + 1,
        corridorId: 'MEX-USA',
        item: 'population_census',
        side: 'origin',
        country: 'MEX',
        status: 'available',
        latestYear: 2020,
      },
    ]);
  });

  test('an unknown status is invalid_answer, an unknown item unknown_indicator', () => {
    const wb = base();
    const r = addRow(wb, 'Data availability', {
      corridor_id: 'MEX-USA',
      item: 'tea_leaves',
      side: 'origin',
      status: 'perhaps',
    });
    expect(readTemplate(wb).issues.map((i) => [i.code, i.cell, i.message])).toEqual([
      [
        'invalid_answer',
        `'Data availability'!E${r}`,
        'status of MEX-USA tea_leaves origin expects one of available, partial, missing, found "perhaps"',
      ],
      [
        'unknown_indicator',
        `'Data availability'!B${r}`,
        'item expects a data source (population_census, labour_force_survey, ...) or an indicator id, found "tea_leaves"',
      ],
    ]);
  });
});

describe('the Catalogue tab', () => {
  const custom = {
    id: 'diaspora_bonds',
    name: 'Diaspora bonds issued',
    dimension: 'origin_costs_benefits',
    unit: 'US$ million',
    side: 'origin, corridor',
    direction: 1,
    min: 0,
    max: 5000,
    source: 'Central bank',
    code: '',
    weight: 2,
  };

  test('a custom indicator is read, merged after the built-ins and usable in the Indicators tab', () => {
    const wb = base();
    addRow(wb, 'Catalogue', custom);
    addRow(wb, 'Indicators', {
      corridor_id: 'MEX-USA',
      indicator: 'diaspora_bonds',
      side: 'origin',
      year: 2022,
      value: 150,
      source: 'Banxico',
    });
    const { issues, submission } = readTemplate(wb);
    expect(issues).toEqual([]);
    expect(submission.catalogue.at(-1)).toStrictEqual({
      id: 'diaspora_bonds',
      name: 'Diaspora bonds issued',
      dimension: 'origin_costs_benefits',
      unit: 'US$ million',
      sides: ['origin', 'corridor'],
      direction: 1,
      min: 0,
      max: 5000,
      source: 'Central bank',
      code: '',
      weight: 2,
      custom: true,
    });
    expect(submission.observations.map((o) => [o.indicator, o.country, o.unit])).toContainEqual([
      'diaspora_bonds',
      'MEX',
      'US$ million',
    ]);
  });

  test('a row that changes a built-in indicator (or comes from an older template) is an invalid_catalogue warning and the built-in is kept', () => {
    const wb = base();
    const row = setCell(wb, 'Catalogue', 'gdp_pc_usd', 'max', 200000);
    const { issues, submission } = readTemplate(wb);
    expect(issues).toEqual([
      {
        code: 'invalid_catalogue',
        cell: `Catalogue!H${row}`,
        message:
          'Catalogue row gdp_pc_usd redefines the built-in indicator: max expects 300000, found 200000 (add your own indicator under a new id instead); the built-in is used',
        severity: 'warning',
      },
    ]);
    expect(submission.catalogue.find((e) => e.id === 'gdp_pc_usd')?.max).toBe(300000);
  });

  test('bad custom rows name each bad cell and are left out', () => {
    const wb = base();
    const r = addRow(wb, 'Catalogue', {
      ...custom,
      id: 'Bad Id',
      side: 'everywhere',
      direction: 2,
      min: 10,
      max: 5,
    });
    const { issues, submission } = readTemplate(wb);
    expect(issues.map((i) => [i.code, i.cell, i.message])).toEqual([
      [
        'invalid_catalogue',
        `Catalogue!F${r}`,
        'direction of Catalogue row Bad Id expects one of 1, -1, 0, found 2',
      ],
      [
        'invalid_catalogue',
        `Catalogue!A${r}`,
        'id of Catalogue row Bad Id expects lower-case letters, digits and _ starting with a letter, found "Bad Id"',
      ],
      [
        'invalid_catalogue',
        `Catalogue!E${r}`,
        'side of Catalogue row Bad Id expects sides from origin, transit, destination, corridor, migrants separated by commas, found "everywhere"',
      ],
      [
        'invalid_catalogue',
        `Catalogue!H${r}`,
        'Catalogue row Bad Id expects min < max, found min 10 and max 5',
      ],
    ]);
    expect(submission.catalogue.some((e) => e.custom)).toBe(false);
  });
});

describe('the Method tab', () => {
  test('edited settings are read and blank ones keep their defaults', () => {
    const wb = base();
    setCell(wb, 'Method', 'time_mode', 'value', 'panel');
    setCell(wb, 'Method', 'weight_flows_stocks', 'value', '0');
    setCell(wb, 'Method', 'seed', 'value', '');
    const { issues, submission } = readTemplate(wb);
    expect(issues).toEqual([]);
    expect(submission.method).toMatchObject({
      timeMode: 'panel',
      seed: 42,
      normalisation: 'goalposts',
    });
    expect(submission.method.dimensionWeights.flows_stocks).toBe(0);
    expect(submission.method.dimensionWeights.root_causes).toBe(1);
  });

  test('a bad value or an unknown setting is invalid_method and the default is used', () => {
    const wb = base();
    const r1 = setCell(wb, 'Method', 'normalisation', 'value', 'magic');
    const r2 = setCell(wb, 'Method', 'uncertainty_runs', 'value', 12.5);
    const r3 = addRow(wb, 'Method', { setting: 'colour', value: 'blue' });
    const { issues, submission } = readTemplate(wb);
    expect(issues.map((i) => [i.code, i.cell, i.message])).toEqual([
      [
        'invalid_method',
        `Method!B${r1}`,
        'Method setting normalisation expects one of goalposts, minmax, zscore, prank, found "magic"; the default goalposts is used',
      ],
      [
        'invalid_method',
        `Method!B${r2}`,
        'Method setting uncertainty_runs expects a whole number from 0 to 10000, found 12.5; the default 200 is used',
      ],
      [
        'invalid_method',
        `Method!A${r3}`,
        expect.stringMatching(
          /^Method setting expects one of normalisation, aggregation, .*, found "colour"$/,
        ),
      ],
    ]);
    expect(submission.method.normalisation).toBe('goalposts');
  });
});

test('a translated name of a built-in indicator is only a warning', () => {
  const wb = template();
  fill(wb, 'MEX-USA', 'gdp_pc_usd', 'origin', ok(2023, 13926));
  const row = setCell(wb, 'Catalogue', 'gdp_pc_usd', 'name', 'PIB por habitante');
  expect(readTemplate(wb).issues).toEqual([
    {
      code: 'invalid_catalogue',
      cell: `Catalogue!B${row}`,
      message:
        'Catalogue row gdp_pc_usd differs from the built-in indicator: name expects "GDP per capita", found "PIB por habitante" (add your own indicator under a new id instead); the built-in is used',
      severity: 'warning',
    },
  ]);
});
