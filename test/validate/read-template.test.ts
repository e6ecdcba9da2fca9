import { describe, expect, test } from 'vitest';
import { DEFAULT_METHOD } from '../../src/core/template/index.ts';
import { readTemplate } from '../../src/core/validate/index.ts';
import { addRow, fill, GENERATED_AT, ok, setCell, template } from './fixture.ts';

describe('readTemplate on generated templates', () => {
  test('an unfilled template gives exactly one issue: empty_template on the Indicators tab', () => {
    const { issues, submission } = readTemplate(template());
    expect(issues).toEqual([
      {
        code: 'empty_template',
        cell: 'Indicators!A2',
        message: expect.stringMatching(
          /^Indicators expects at least one row with year, value and source filled in, found none of its \d+ rows filled$/,
        ),
        severity: 'error',
      },
    ]);
    expect(submission.corridors.map((c) => [c.id, c.periodStart, c.periodEnd])).toEqual([
      ['MEX-USA', 2010, 2024],
    ]);
    expect(submission.method).toEqual(DEFAULT_METHOD);
    expect(submission.catalogue.filter((e) => e.custom)).toEqual([]);
  });

  test('a filled template round-trips with no issues and typed observations', () => {
    const wb = template();
    const row = fill(wb, 'MEX-USA', 'gdp_pc_usd', 'origin', {
      ...ok(2023, 13926.1),
      confidence: 'High',
    });
    fill(wb, 'MEX-USA', 'corridor_remit_cost', 'corridor', {
      year: '2022',
      value: '4.5',
      source: 'RPW',
    });
    const { issues, submission } = readTemplate(wb);
    expect(issues).toEqual([]);
    expect(submission.observations).toEqual([
      {
        row,
        corridorId: 'MEX-USA',
        indicator: 'gdp_pc_usd',
        side: 'origin',
        country: 'MEX',
        year: 2023,
        value: 13926.1,
        unit: 'US$',
        source: 'World Bank WDI',
        sourceCode: 'NY.GDP.PCAP.CD',
        confidence: 'high',
      },
      expect.objectContaining({
        indicator: 'corridor_remit_cost',
        year: 2022,
        value: 4.5,
        unit: '% of US$200 sent',
      }),
    ]);
    expect(submission.observations[1]).not.toHaveProperty('country');
  });

  test('an observatory with a transit corridor reads every corridor', () => {
    const wb = template([
      { origin: 'MEX', destination: 'USA', periodStart: 2010, periodEnd: 2024 },
      { origin: 'HND', transit: 'MEX', destination: 'USA', periodStart: 2010, periodEnd: 2024 },
    ]);
    fill(wb, 'HND-MEX-USA', 'route_dead_missing', 'transit', ok(2023, 500));
    fill(wb, 'MEX-USA', 'gdp_pc_usd', 'origin', ok(2023, 13926));
    const { issues, submission } = readTemplate(wb);
    expect(issues).toEqual([]);
    expect(submission.corridors.map((c) => c.id)).toEqual(['MEX-USA', 'HND-MEX-USA']);
    expect(submission.observations.find((o) => o.corridorId === 'HND-MEX-USA')).toMatchObject({
      side: 'transit',
      country: 'MEX',
    });
  });
});

describe('cell problems in the Indicators tab', () => {
  test('text in a value cell names the indicator, its unit and range, and what was found', () => {
    const wb = template();
    const row = fill(wb, 'MEX-USA', 'corridor_remit_cost', 'corridor', {
      year: 2022,
      value: 'n/a',
      source: 'RPW',
    });
    expect(readTemplate(wb).issues).toEqual([
      {
        code: 'wrong_type',
        cell: `Indicators!F${row}`,
        message:
          'corridor_remit_cost (% of US$200 sent) expects a number between 0 and 35, found "n/a" (leave the cell empty when there is no value)',
        severity: 'error',
      },
    ]);
  });

  test('numbers with thousands separators are rejected with a hint, plain numeric text is read', () => {
    const wb = template();
    const row = fill(wb, 'MEX-USA', 'gdp_pc_usd', 'origin', {
      year: '2023',
      value: '13,926',
      source: 'WDI',
    });
    const { issues } = readTemplate(wb);
    expect(issues).toEqual([
      {
        code: 'wrong_type',
        cell: `Indicators!F${row}`,
        message:
          'gdp_pc_usd (US$) expects a number between 100 and 300,000, found "13,926" (write numbers without thousands separators)',
        severity: 'error',
      },
    ]);
  });

  test('booleans and non-finite numbers are wrong types, years must be whole', () => {
    const wb = template();
    fill(wb, 'MEX-USA', 'gdp_pc_usd', 'origin', { year: 2023.5, value: true, source: 'WDI' });
    const issues = readTemplate(wb).issues;
    expect(issues.map((i) => [i.code, i.message])).toEqual([
      [
        'wrong_type',
        'year of MEX-USA gdp_pc_usd origin expects a year from 1900 to 2100, found 2023.5',
      ],
      ['wrong_type', 'gdp_pc_usd (US$) expects a number between 100 and 300,000, found TRUE'],
    ]);
  });

  test('a value without a year is a required error, a value without a source a missing_source error', () => {
    const wb = template();
    const a = fill(wb, 'MEX-USA', 'gdp_pc_usd', 'origin', { value: 13926, source: 'WDI' });
    const b = fill(wb, 'MEX-USA', 'unemployment', 'origin', { year: 2023, value: 2.8 });
    const { issues, submission } = readTemplate(wb);
    expect(issues).toEqual([
      {
        code: 'required',
        cell: `Indicators!E${a}`,
        message:
          'year of MEX-USA gdp_pc_usd origin expects a year from 1900 to 2100, found an empty cell',
        severity: 'error',
      },
      {
        code: 'missing_source',
        cell: `Indicators!H${b}`,
        message:
          'source of MEX-USA unemployment origin expects a source for the value, found an empty cell',
        severity: 'error',
      },
    ]);
    expect(submission.observations).toEqual([]);
  });

  test('unknown indicator, corridor, side and country are each named', () => {
    const wb = template();
    const r1 = addRow(wb, 'Indicators', {
      corridor_id: 'MEX-USA',
      indicator: 'gdp_per_cap',
      side: 'origin',
      year: 2023,
      value: 1,
      source: 'x',
    });
    const r2 = addRow(wb, 'Indicators', {
      corridor_id: 'MEX-CAN',
      indicator: 'gdp_pc_usd',
      side: 'origin',
      year: 2023,
      value: 900,
      source: 'x',
    });
    const r3 = addRow(wb, 'Indicators', {
      corridor_id: 'MEX-USA',
      indicator: 'gdp_pc_usd',
      side: 'destination',
      year: 2023,
      value: 900,
      source: 'x',
    });
    const r4 = addRow(wb, 'Indicators', {
      corridor_id: 'MEX-USA',
      indicator: 'gdp_pc_usd',
      side: 'sky',
      year: 2022,
      value: 900,
      source: 'x',
    });
    const r5 = addRow(wb, 'Indicators', {
      corridor_id: 'MEX-USA',
      indicator: 'unemployment',
      side: 'origin',
      country: 'MXX',
      year: 2022,
      value: 3,
      source: 'x',
    });
    const { issues } = readTemplate(wb);
    expect(issues.map((i) => [i.code, i.cell, i.message])).toEqual([
      [
        'unknown_indicator',
        `Indicators!B${r1}`,
        'indicator expects an id from the Catalogue tab, found "gdp_per_cap"',
      ],
      [
        'unknown_corridor',
        `Indicators!A${r2}`,
        'corridor_id expects a corridor listed in the Corridors tab, found "MEX-CAN"',
      ],
      ['unknown_side', `Indicators!C${r3}`, 'gdp_pc_usd expects side origin, found destination'],
      [
        'unknown_side',
        `Indicators!C${r4}`,
        'side of MEX-USA gdp_pc_usd ? expects one of origin, transit, destination, corridor, migrants, found "sky"',
      ],
      [
        'unknown_country',
        `Indicators!D${r5}`,
        'country of MEX-USA unemployment origin expects an ISO 3166 alpha-3 country code such as MEX, found "MXX"',
      ],
      [
        'inconsistent',
        `Indicators!D${r5}`,
        `country of MEX-USA unemployment origin expects MEX, the corridor's origin, found "MXX"`,
      ],
    ]);
  });

  test('a unit other than the catalogue unit is a unit_mismatch; case and spacing do not matter', () => {
    const wb = template();
    const row = fill(wb, 'MEX-USA', 'gdp_pc_usd', 'origin', { ...ok(2023, 13926), unit: 'EUR' });
    fill(wb, 'MEX-USA', 'unemployment', 'origin', { ...ok(2023, 2.8), unit: '%  OF labour force' });
    expect(readTemplate(wb).issues).toEqual([
      {
        code: 'unit_mismatch',
        cell: `Indicators!G${row}`,
        message: 'gdp_pc_usd expects unit "US$", found "EUR"',
        severity: 'error',
      },
    ]);
  });

  test('a value past the hard limits is an error; outside the plausible range only a kept warning', () => {
    const wb = template();
    const neg = fill(wb, 'MEX-USA', 'corridor_remit_cost', 'corridor', ok(2022, -2.1));
    const high = fill(wb, 'MEX-USA', 'corridor_stock', 'corridor', ok(2010, 14500000));
    const share = fill(wb, 'MEX-USA', 'corridor_share_of_emigrants', 'corridor', ok(2020, 104));
    const { issues, submission } = readTemplate(wb);
    expect(issues).toEqual([
      {
        code: 'out_of_range',
        cell: `Indicators!F${high}`,
        message:
          'corridor_stock (persons) expects a number between 0 and 13,000,000 (the plausible range), found 14,500,000; kept, please check it',
        severity: 'warning',
      },
      {
        code: 'out_of_range',
        cell: `Indicators!F${share}`,
        message: 'corridor_share_of_emigrants (%) expects a number of at most 100, found 104',
        severity: 'error',
      },
      {
        code: 'out_of_range',
        cell: `Indicators!F${neg}`,
        message: 'corridor_remit_cost (% of US$200 sent) expects a number of 0 or more, found -2.1',
        severity: 'error',
      },
    ]);
    expect(submission.observations.map((o) => o.indicator)).toEqual(['corridor_stock']);
  });

  test('a year outside the reference period is a warning and the value is kept', () => {
    const wb = template();
    const row = fill(wb, 'MEX-USA', 'gdp_pc_usd', 'origin', ok(2005, 8000));
    const { issues, submission } = readTemplate(wb);
    expect(issues).toEqual([
      {
        code: 'year_outside_period',
        cell: `Indicators!E${row}`,
        message:
          'year of MEX-USA gdp_pc_usd origin expects the reference period 2010-2024 of MEX-USA, found 2005',
        severity: 'warning',
      },
    ]);
    expect(submission.observations).toHaveLength(1);
  });

  test('a second value for the same corridor, indicator, side and year is a duplicate', () => {
    const wb = template();
    const first = fill(wb, 'MEX-USA', 'gdp_pc_usd', 'origin', ok(2023, 13926));
    const second = addRow(wb, 'Indicators', {
      corridor_id: 'MEX-USA',
      indicator: 'gdp_pc_usd',
      side: 'origin',
      year: 2023,
      value: 13000,
      source: 'IMF',
    });
    const { issues, submission } = readTemplate(wb);
    expect(issues).toEqual([
      {
        code: 'duplicate',
        cell: `Indicators!F${second}`,
        message: `MEX-USA gdp_pc_usd origin 2023 expects one value per corridor, indicator, side and year, found another at row ${first}`,
        severity: 'error',
      },
    ]);
    expect(submission.observations.map((o) => o.value)).toEqual([13926]);
  });

  test('one bad cell does not stop the checks of the other cells and rows', () => {
    const wb = template();
    fill(wb, 'MEX-USA', 'gdp_pc_usd', 'origin', {
      year: 'x',
      value: 'y',
      source: 'WDI',
      unit: 'EUR',
    });
    fill(wb, 'MEX-USA', 'unemployment', 'origin', ok(2023, 2.8));
    const { issues, submission } = readTemplate(wb);
    expect(issues.map((i) => i.code)).toEqual(['wrong_type', 'wrong_type', 'unit_mismatch']);
    expect(submission.observations.map((o) => o.indicator)).toEqual(['unemployment']);
  });

  test('an unknown confidence is a warning and the value is kept without it', () => {
    const wb = template();
    fill(wb, 'MEX-USA', 'gdp_pc_usd', 'origin', { ...ok(2023, 13926), confidence: 'sure' });
    const { issues, submission } = readTemplate(wb);
    expect(issues.map((i) => [i.code, i.severity])).toEqual([['wrong_type', 'warning']]);
    expect(submission.observations[0]).not.toHaveProperty('confidence');
  });
});

describe('the Corridors tab', () => {
  test('unknown country codes are errors, World Bank/UN codes such as XKX warnings', () => {
    const wb = template([
      { origin: 'XKX', destination: 'DEU', periodStart: 2010, periodEnd: 2024 },
    ]);
    const r = addRow(wb, 'Corridors', {
      origin: 'XYZ',
      destination: 'USA',
      period_start: 2010,
      period_end: 2024,
    });
    fill(wb, 'XKX-DEU', 'remittances_gdp', 'origin', ok(2023, 14));
    expect(readTemplate(wb).issues).toEqual([
      {
        code: 'unknown_country',
        cell: 'Corridors!B2',
        message:
          'origin of corridor XKX-DEU "XKX" is a World Bank/UN code, not ISO 3166 alpha-3 (Kosovo (World Bank, UN)); accepted',
        severity: 'warning',
      },
      {
        code: 'unknown_country',
        cell: `Corridors!B${r}`,
        message: `origin of corridor row ${r} expects an ISO 3166 alpha-3 country code such as MEX, found "XYZ"`,
        severity: 'error',
      },
    ]);
  });

  test('a corridor id that does not match its countries, a reversed period and a repeated corridor are named', () => {
    const wb = template();
    setCell(wb, 'Corridors', 'MEX-USA', 'period_start', 2025);
    setCell(wb, 'Corridors', 'MEX-USA', 'corridor_id', 'MEX-US');
    const r = addRow(wb, 'Corridors', {
      corridor_id: 'MEX-USA',
      origin: 'MEX',
      destination: 'USA',
      period_start: 2010,
      period_end: 2020,
    });
    fill(wb, 'MEX-USA', 'gdp_pc_usd', 'origin', ok(2023, 13926));
    const issues = readTemplate(wb).issues;
    expect(issues.map((i) => [i.code, i.cell, i.message])).toEqual([
      [
        'inconsistent',
        'Corridors!A2',
        'corridor_id expects "MEX-USA" (ORIGIN-DESTINATION from its countries), found "MEX-US"',
      ],
      [
        'inconsistent',
        'Corridors!F2',
        'reference period of corridor MEX-USA expects period_start <= period_end, found 2025 > 2024',
      ],
      [
        'duplicate',
        `Corridors!B${r}`,
        'corridor MEX-USA expects one row in Corridors, found another at row 2',
      ],
      [
        'year_outside_period',
        expect.stringMatching(/^Indicators!E\d+$/),
        'year of MEX-USA gdp_pc_usd origin expects the reference period 2025-2024 of MEX-USA, found 2023',
      ],
    ]);
  });
});

describe('structure', () => {
  test('a workbook without template tabs is an empty template', () => {
    expect(
      readTemplate({ tabs: { Sheet1: [['hello']] } }).issues.map((i) => [i.code, i.severity]),
    ).toEqual([['empty_template', 'error']]);
  });

  test('a missing required tab is an error, a missing optional tab a warning with defaults', () => {
    const wb = template();
    delete wb.tabs.Indicators;
    delete wb.tabs.Method;
    const { issues, submission } = readTemplate(wb);
    expect(issues).toEqual([
      {
        code: 'missing_tab',
        cell: 'Indicators',
        message: 'the workbook expects a tab named "Indicators", found none (it is required)',
        severity: 'error',
      },
      {
        code: 'missing_tab',
        cell: 'Method',
        message:
          'the workbook expects a tab named "Method", found none (the default method is used)',
        severity: 'warning',
      },
    ]);
    expect(submission.method).toEqual(DEFAULT_METHOD);
  });

  test('a missing required column names the tab and the columns found; tab names match without regard to case', () => {
    const wb = template();
    wb.tabs.indicators = wb.tabs.Indicators!;
    delete wb.tabs.Indicators;
    wb.tabs.indicators[0]![5] = 'amount';
    const issues = readTemplate(wb).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'missing_column',
      cell: 'indicators!A1',
      severity: 'error',
    });
    expect(issues[0]!.message).toMatch(
      /^indicators expects a column "value" in its header row \(row 1\), found only corridor_id, indicator, side, country, year, amount, unit/,
    );
  });

  test('columns may come in any order', () => {
    const wb = template();
    const rows = wb.tabs.Indicators!;
    fill(wb, 'MEX-USA', 'gdp_pc_usd', 'origin', ok(2023, 13926));
    wb.tabs.Indicators = rows.map((r) => [...r].reverse());
    const { issues, submission } = readTemplate(wb);
    expect(issues).toEqual([]);
    expect(submission.observations[0]).toMatchObject({
      indicator: 'gdp_pc_usd',
      value: 13926,
      year: 2023,
    });
  });
});

describe('text that looks like a formula', () => {
  test('is a formula_text warning wherever it is in an input tab', () => {
    const wb = template();
    const row = fill(wb, 'MEX-USA', 'gdp_pc_usd', 'origin', {
      ...ok(2023, 13926),
      note: '=HYPERLINK("http://x")',
    });
    fill(wb, 'MEX-USA', 'unemployment', 'origin', { ...ok(2023, 2.8), source: '@ILO' });
    const issues = readTemplate(wb).issues;
    expect(issues.map((i) => [i.code, i.severity])).toEqual([
      ['formula_text', 'warning'],
      ['formula_text', 'warning'],
    ]);
    expect(issues[0]).toMatchObject({
      cell: `Indicators!J${row}`,
      message:
        'Indicators expects plain text, found "=HYPERLINK(\\"http://x\\")" which starts like a formula; it is kept as text and never run',
    });
  });
});

test('GENERATED_AT fixture is an ISO time', () =>
  expect(Date.parse(GENERATED_AT)).toBeGreaterThan(0));

test('corridor ids in the Indicators tab are matched without regard to case', () => {
  const wb = template();
  addRow(wb, 'Indicators', {
    corridor_id: 'mex-usa',
    indicator: 'gdp_pc_usd',
    side: 'origin',
    year: 2023,
    value: 13926,
    source: 'WDI',
  });
  const { issues, submission } = readTemplate(wb);
  expect(issues).toEqual([]);
  expect(submission.observations[0]).toMatchObject({ corridorId: 'MEX-USA', country: 'MEX' });
});
