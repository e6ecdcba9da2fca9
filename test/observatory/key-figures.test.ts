import { describe, expect, test } from 'vitest';
import { corridorModel } from '../../src/core/observatory/corridor-model.ts';
import { routeRegions } from '../../src/core/observatory/route-regions.ts';
import { siteContext } from '../../src/core/observatory/site-context.ts';
import { latestCost, yearlyCost } from '../../src/core/observatory/yearly.ts';
import { fakeSource } from './support/fake-source.ts';

const ctx = siteContext(fakeSource(), {
  minStock: 1000,
  siteUrl: null,
  generatedAt: '2026-11-30T00:00:00Z',
});
const figure = (o: string, d: string, key: string) =>
  corridorModel(ctx, o, d).figures.find((f) => f.key === key)!;

describe('corridor key figures', () => {
  test('the stock is the 2020 value and the share divides it by all emigrants of the origin', () => {
    expect(figure('MEX', 'USA', 'stock')).toMatchObject({
      value: 10_853_105,
      period: '2020',
      display: '10.9 million',
    });
    expect(figure('GTM', 'USA', 'share_of_emigrants').value).toBeCloseTo(
      (100 * 1_100_000) / 1_140_000,
      10,
    );
  });

  test('remittances per migrant divide the 2018 remittances by the 2020 stock', () => {
    expect(figure('MEX', 'USA', 'remittances_per_migrant')).toMatchObject({
      value: 30_000e6 / 10_853_105,
      period: '2018',
    });
  });

  test('the cost is the latest non-negative quarter and says how far it is above the 3% target', () => {
    const cost = figure('MEX', 'USA', 'cost_200_usd');
    expect(cost).toMatchObject({ value: 4.6, period: '2020Q3', display: '4.6%' });
    expect(cost.note).toContain('1.6 points above the SDG 10.c target of 3%');
  });

  test('figures the open data lack stay on the page as "No data"', () => {
    const m = corridorModel(ctx, 'GTM', 'MEX');
    expect(m.figures.map((f) => f.key)).toHaveLength(8);
    expect(m.figures.find((f) => f.key === 'remittances')).toMatchObject({
      value: null,
      display: 'No data',
    });
    expect(m.ledger.find((l) => l.topic === 'Cost of sending remittances')?.status).toBe(
      'not covered',
    );
  });

  test('deaths add the Mediterranean for journeys into Europe from outside it', () => {
    expect(figure('SYR', 'DEU', 'dead_missing_route')).toMatchObject({
      value: 12_000 + 60,
      period: '2014–2016',
    });
    expect(figure('MEX', 'USA', 'dead_missing_route').value).toBe(1200);
  });
});

describe('route regions and yearly costs', () => {
  test('a corridor within Europe counts only Europe; one into North America only North America', () => {
    const c = (region: string, subregion: string) => ({ iso3: 'X', name: 'X', region, subregion });
    expect(routeRegions(c('Europe', 'Eastern Europe'), c('Europe', 'Western Europe'))).toEqual([
      'Europe',
    ]);
    expect(
      routeRegions(c('Americas', 'Central America'), c('Americas', 'Northern America')),
    ).toEqual(['North America']);
    expect(routeRegions(c('Africa', 'Northern Africa'), c('Europe', 'Southern Europe'))).toEqual([
      'Mediterranean',
      'Europe',
    ]);
  });

  test('negative quarterly costs are left out of the yearly mean and reported', () => {
    const r = yearlyCost([
      { period: '2014Q1', value: 6 },
      { period: '2014Q2', value: -11.36 },
      { period: '2014Q3', value: 5 },
    ]);
    expect(r.yearly).toEqual([{ year: 2014, value: 5.5 }]);
    expect(r.excluded).toEqual([{ period: '2014Q2', value: -11.36 }]);
    expect(
      latestCost([
        { period: '2014Q4', value: -1 },
        { period: '2014Q3', value: 5 },
      ])?.period,
    ).toBe('2014Q3');
  });
});

describe('assessments by pair', () => {
  test('a corridor assessed directly wins over the same pair assessed through a transit country', async () => {
    const { assessmentsByPair } = await import('../../src/core/observatory/assessment.ts');
    const corridor = (corridorId: string, transit?: string) => ({
      corridorId,
      origin: 'GTM',
      destination: 'USA',
      ...(transit ? { transit } : {}),
      overall: 50,
      rank: 1,
      rankQ5: 1,
      rankQ95: 2,
      dimensions: {},
      perspectives: {},
      coverage: 1,
    });
    const benchmark = {
      generatedAt: '2026-11-29T10:00:00Z',
      corridors: [corridor('GTM-USA'), corridor('GTM-MEX-USA', 'MEX')],
      indicators: [],
      sensitivity: [],
      gaps: [
        {
          corridorId: 'GTM-USA',
          indicator: 'unemployment.origin',
          status: 'missing' as const,
          year: null,
        },
      ],
      method: {},
    };
    const a = assessmentsByPair(benchmark, 'Hub').get('GTM-USA');
    expect(a).toMatchObject({ corridorId: 'GTM-USA', transit: null, of: 2, checked: 1 });
    expect(a?.gaps[0]?.indicator).toMatch(/\(origin\)$/);
  });
});
