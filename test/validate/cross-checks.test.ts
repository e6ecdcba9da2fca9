import { describe, expect, test } from 'vitest';
import { readTemplate } from '../../src/core/validate/index.ts';
import { addRow, fill, ok, template, withCode } from './fixture.ts';

const SIX = ['PHL-SAU', 'IND-ARE', 'TUR-DEU', 'GHA-GBR', 'ECU-ESP', 'MAR-ESP'];

function observatory() {
  return template(
    SIX.map((id) => {
      const [origin, destination] = id.split('-') as [string, string];
      return { origin, destination, periodStart: 2000, periodEnd: 2024 };
    }),
  );
}

describe('inconsistent figures', () => {
  test("a corridor's stock above the origin's emigrants or the destination's immigrants is an error", () => {
    const wb = template();
    const stock = fill(wb, 'MEX-USA', 'corridor_stock', 'corridor', ok(2020, 10_853_105));
    const emi = fill(wb, 'MEX-USA', 'emigrants_total', 'origin', ok(2020, 9_000_000));
    const imm = fill(wb, 'MEX-USA', 'immigrants_total', 'destination', ok(2020, 50_000_000));
    const { issues } = readTemplate(wb);
    expect(issues).toEqual([
      {
        code: 'inconsistent',
        cell: `Indicators!F${stock}`,
        message: `corridor_stock of MEX-USA in 2020 expects at most emigrants_total of MEX (9,000,000, row ${emi}), found 10,853,105`,
        severity: 'error',
      },
    ]);
    expect(imm).toBeGreaterThan(stock);
  });

  test('corridor shares of one origin adding up to over 100 % are an error', () => {
    const wb = template([
      { origin: 'MAR', destination: 'ESP', periodStart: 2000, periodEnd: 2024 },
      { origin: 'MAR', destination: 'FRA', periodStart: 2000, periodEnd: 2024 },
    ]);
    fill(wb, 'MAR-ESP', 'corridor_share_of_emigrants', 'corridor', ok(2020, 60));
    const row = fill(wb, 'MAR-FRA', 'corridor_share_of_emigrants', 'corridor', ok(2020, 45.5));
    expect(readTemplate(wb).issues).toEqual([
      {
        code: 'inconsistent',
        cell: `Indicators!F${row}`,
        message:
          'corridor_share_of_emigrants of MAR in 2020 expects a total of at most 100 % over its corridors, found 105.5 % (MAR-ESP, MAR-FRA)',
        severity: 'error',
      },
    ]);
  });

  test("one country's value differing between corridors in the same year is a warning", () => {
    const wb = template([
      { origin: 'MAR', destination: 'ESP', periodStart: 2000, periodEnd: 2024 },
      { origin: 'MAR', destination: 'FRA', periodStart: 2000, periodEnd: 2024 },
    ]);
    fill(wb, 'MAR-ESP', 'gdp_pc_usd', 'origin', ok(2023, 3700));
    fill(wb, 'MAR-FRA', 'gdp_pc_usd', 'origin', ok(2023, 3900));
    expect(readTemplate(wb).issues.map((i) => [i.code, i.severity, i.message])).toEqual([
      [
        'inconsistent',
        'warning',
        expect.stringMatching(
          /^gdp_pc_usd of MAR in 2023 expects the same value in every corridor, found 3,900 for MAR-FRA and 3,700 for MAR-ESP/,
        ),
      ],
    ]);
  });
});

describe('unit slips, not outliers', () => {
  test('a share typed as a fraction among five or more corridors is a warning naming the value that fits; the value is kept', () => {
    const wb = observatory();
    const shares = [24.1, 19.8, 27.3, 22.5, 30.2];
    SIX.slice(0, 5).forEach((id, k) => {
      fill(wb, id, 'remittances_gdp', 'origin', ok(2022, shares[k]!));
    });
    const row = fill(wb, 'MAR-ESP', 'remittances_gdp', 'origin', ok(2022, 0.2599));
    const { issues, submission } = readTemplate(wb);
    expect(issues).toEqual([
      {
        code: 'outlier',
        cell: `Indicators!F${row}`,
        message:
          "remittances_gdp (origin) of MAR in 2022 expects a value near the other 5 countries' median (24.1), found 0.2599: 25.99 would fit (a share typed as a fraction?); check the unit",
        severity: 'warning',
      },
    ]);
    expect(submission.observations).toHaveLength(6);
  });

  test('a share typed as a fraction within its own series is a warning', () => {
    const wb = template();
    const years = [2019, 2020, 2021, 2022];
    const values = [24.8, 25.3, 0.2599, 26.1];
    const rows = years.map((year, k) =>
      k === 0
        ? fill(wb, 'MEX-USA', 'remittances_gdp', 'origin', ok(year, values[k]!))
        : addRow(wb, 'Indicators', {
            corridor_id: 'MEX-USA',
            indicator: 'remittances_gdp',
            side: 'origin',
            country: 'MEX',
            year,
            value: values[k],
            source: 'World Bank WDI',
          }),
    );
    const slips = withCode(readTemplate(wb).issues, 'outlier');
    expect(slips.map((i) => i.cell)).toEqual([`Indicators!F${rows[2]}`]);
  });

  test('a true extreme value (a costly corridor, a large migrant share) is not a warning', () => {
    const wb = observatory();
    const costs = [4.1, 3.9, 4.4, 6.0, 4.8];
    SIX.slice(0, 5).forEach((id, k) => {
      fill(wb, id, 'corridor_remit_cost', 'corridor', ok(2022, costs[k]!));
    });
    fill(wb, 'MAR-ESP', 'corridor_remit_cost', 'corridor', ok(2022, 19.5));
    expect(withCode(readTemplate(wb).issues, 'outlier')).toEqual([]);
  });
});

describe('breaks in a time series', () => {
  const series = (values: number[], sources: string[]) => {
    const wb = template();
    const rows = values.map((v, k) =>
      k === 0
        ? fill(wb, 'MEX-USA', 'corridor_remit_cost', 'corridor', {
            ...ok(2012 + k, v),
            source: sources[k],
          })
        : addRow(wb, 'Indicators', {
            corridor_id: 'MEX-USA',
            indicator: 'corridor_remit_cost',
            side: 'corridor',
            year: 2012 + k,
            value: v,
            source: sources[k],
          }),
    );
    return { issues: readTemplate(wb).issues, rows };
  };
  const rpw = (n: number) => Array<string>(n).fill('RPW');

  test('a jump far beyond the usual yearly change where the source changes is one warning at the later value', () => {
    const { issues, rows } = series(
      [6.0, 5.8, 5.7, 5.5, 12.4, 12.2, 12.0],
      [...rpw(4), 'Survey', 'Survey', 'Survey'],
    );
    expect(issues).toEqual([
      {
        code: 'series_break',
        cell: `Indicators!F${rows[4]}`,
        message:
          "corridor_remit_cost (corridor) of MEX-USA expects a change near the series' usual 0.2 a year, found a jump from 5.5 in 2015 to 12.4 in 2016, where the source changes from RPW to Survey; check for a change of source or definition",
        severity: 'warning',
      },
    ]);
  });

  test('a jump that comes straight back is a warning; a level shift from one source is history, not a break', () => {
    expect(
      withCode(series([6.0, 5.8, 5.7, 12.4, 5.5, 5.4, 5.2], rpw(7)).issues, 'series_break'),
    ).toHaveLength(1);
    expect(series([6.0, 5.8, 5.7, 5.5, 12.4, 12.2, 12.0], rpw(7)).issues).toEqual([]);
  });

  test('a steady trend is not a break', () => {
    expect(series([9, 8, 7, 6.5, 6, 5, 4.2], rpw(7)).issues).toEqual([]);
  });
});
