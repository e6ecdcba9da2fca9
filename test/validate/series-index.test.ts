import { describe, expect, it } from 'vitest';
import type { Observation } from '../../src/core/template/types.ts';
import { indexSeries } from '../../src/core/validate/series-index.ts';

const obs = (corridorId: string, country: string | undefined, year: number, row: number) =>
  ({
    row,
    corridorId,
    indicator: 'gdp',
    side: country ? 'origin' : 'corridor',
    ...(country ? { country } : {}),
    year,
    value: year,
    unit: 'US$',
    source: 'WDI',
  }) as Observation;

describe('indexSeries', () => {
  it('groups a country shared by corridors into one series with one observation per year', () => {
    const rows = [
      obs('MEX-USA', 'MEX', 2020, 2),
      obs('MEX-USA', 'MEX', 2021, 3),
      obs('MEX-USA', undefined, 2020, 4),
      obs('MEX-CAN', 'MEX', 2021, 5),
      obs('MEX-CAN', 'MEX', 2019, 6),
    ];
    const { series, seriesOf } = indexSeries(rows);
    expect(series).toHaveLength(2);
    expect(series[0]!.years.map((o) => o.row)).toEqual([6, 2, 3]);
    expect(series[1]!.years.map((o) => o.row)).toEqual([4]);
    expect([...seriesOf]).toEqual([0, 0, 1, 0, 0]);
  });

  it('keeps the first observation of a year and sorts unsorted series by year', () => {
    const rows = [obs('A-B', 'A', 2022, 2), obs('A-B', 'A', 2020, 3), obs('A-C', 'A', 2022, 4)];
    const { series } = indexSeries(rows);
    expect(series[0]!.years.map((o) => [o.year, o.row])).toEqual([
      [2020, 3],
      [2022, 2],
    ]);
  });
});
