import { describe, expect, test } from 'vitest';
import { parseRange } from '../../src/core/contract/a1.ts';
import { CATALOGUE } from '../../src/core/template/catalogue/index.ts';
import { buildTemplate, checkCorridorSpecs } from '../../src/core/template/index.ts';
import { COLUMNS, INPUT_TABS } from '../../src/core/template/layout.ts';

const generatedAt = '2026-11-28T15:00:00Z';

describe('buildTemplate', () => {
  test('writes the seven input tabs with the COLUMNS headers', () => {
    const { workbook, layout } = buildTemplate({
      corridors: [{ origin: 'MEX', destination: 'USA' }],
      generatedAt,
    });
    expect(layout.map((t) => t.name)).toEqual(Object.values(INPUT_TABS));
    for (const [tab, header] of Object.entries(COLUMNS))
      expect(workbook.tabs[tab]?.[0]).toEqual([...header]);
  });

  test('a single corridor gets its id, codes and a ten-year reference period ending in the generation year', () => {
    const { workbook } = buildTemplate({
      corridors: [{ origin: 'mex', destination: 'usa' }],
      generatedAt,
    });
    expect(workbook.tabs.Corridors).toEqual([
      [...COLUMNS.Corridors],
      ['MEX-USA', 'MEX', '', 'USA', 2017, 2026, '', '', ''],
    ]);
  });

  test('prefills one Indicators row per indicator x side, leaving year, value and source to fill', () => {
    const { workbook } = buildTemplate({
      corridors: [{ origin: 'MEX', destination: 'USA' }],
      generatedAt,
    });
    const rows = workbook.tabs.Indicators!.slice(1);
    const expected = CATALOGUE.filter((e) => e.id !== 'catalog_coverage').reduce(
      (n, e) => n + e.sides.filter((s) => s !== 'transit').length,
      0,
    );
    expect(rows).toHaveLength(expected);
    expect(rows).toContainEqual([
      'MEX-USA',
      'net_migration_rate',
      'destination',
      'USA',
      '',
      '',
      'per 1,000 people',
      '',
      'SM.POP.NETM / SP.POP.TOTL',
      '',
      '',
    ]);
    expect(rows).toContainEqual([
      'MEX-USA',
      'corridor_remit_cost',
      'corridor',
      '',
      '',
      '',
      '% of US$200 sent',
      '',
      'SI_RMT_COST_BC',
      '',
      '',
    ]);
    expect(rows.some((r) => r[2] === 'transit')).toBe(false);
  });

  test('an observatory workbook holds every corridor, with transit rows only where a transit country is set', () => {
    const { workbook } = buildTemplate({
      corridors: [
        { origin: 'MEX', destination: 'USA', transit: 'GTM', periodStart: 2010, periodEnd: 2024 },
        { origin: 'PHL', destination: 'SAU' },
      ],
      generatedAt,
    });
    expect(workbook.tabs.Corridors!.slice(1).map((r) => r[0])).toEqual(['MEX-GTM-USA', 'PHL-SAU']);
    const transit = workbook.tabs.Indicators!.filter((r) => r[2] === 'transit');
    expect(transit.length).toBeGreaterThan(0);
    expect(new Set(transit.map((r) => `${r[0]}|${r[3]}`))).toEqual(new Set(['MEX-GTM-USA|GTM']));
    expect(
      workbook.tabs.Policy!.some(
        (r) => r[0] === 'PHL-SAU' && r[1] === 'bla' && r[2] === 'corridor',
      ),
    ).toBe(true);
  });

  test('sets drop-downs and rules on the input tabs, all with valid A1 ranges', () => {
    const { layout } = buildTemplate({
      corridors: [{ origin: 'MEX', destination: 'USA' }],
      generatedAt,
    });
    const indicators = layout.find((t) => t.name === 'Indicators')!;
    expect(indicators.frozenRows).toBe(1);
    expect(indicators.validations).toContainEqual(
      expect.objectContaining({
        range: expect.stringMatching(/^C2:C\d+$/),
        kind: 'list',
        values: ['origin', 'transit', 'destination', 'corridor', 'migrants'],
      }),
    );
    const method = layout.find((t) => t.name === 'Method')!;
    expect(method.validations?.[0]).toMatchObject({
      range: 'B2',
      kind: 'list',
      values: ['goalposts', 'minmax', 'zscore', 'prank'],
    });
    for (const t of layout)
      for (const v of t.validations ?? [])
        expect(parseRange(v.range), `${t.name} ${v.range}`).toBeDefined();
  });

  test('groups Policy answer drop-downs so each run of rows offers its own question options', () => {
    const { layout, workbook } = buildTemplate({
      corridors: [{ origin: 'MEX', destination: 'USA' }],
      generatedAt,
    });
    const rules = layout
      .find((t) => t.name === 'Policy')!
      .validations!.filter((v) => v.range.startsWith('E'));
    const rowOf = (q: string) => workbook.tabs.Policy!.findIndex((r) => r[1] === q) + 1;
    const visa = rules.find((r) => {
      const p = parseRange(r.range)!;
      return p.start.row <= rowOf('visa_access') && rowOf('visa_access') <= p.end.row;
    });
    expect(visa?.values).toEqual(['visa-free', 'visa on arrival or e-visa', 'visa required']);
  });

  test('patches carry the values, bold header formats and indicator notes', () => {
    const { patches } = buildTemplate({
      corridors: [{ origin: 'MEX', destination: 'USA' }],
      generatedAt,
    });
    const header = patches.find((p) => p.tab === 'Indicators' && p.range === 'A1:K1')!;
    expect(header.formats?.[0]?.[0]).toMatchObject({ bold: true });
    const body = patches.find((p) => p.tab === 'Indicators' && p.notes)!;
    expect(body.notes?.[1]?.[1]).toMatch(/^GDP per capita \(PPP\) ratio/);
  });
});

describe('checkCorridorSpecs', () => {
  test('names unknown codes as errors and WB/UN non-ISO codes as warnings', () => {
    const issues = checkCorridorSpecs([
      { origin: 'XYZ', destination: 'USA' },
      { origin: 'XKX', destination: 'DEU' },
    ]);
    expect(issues).toEqual([
      {
        code: 'unknown_country',
        cell: 'corridor 1',
        message: 'corridor 1 origin expects an ISO 3166 alpha-3 code such as MEX, found "XYZ"',
        severity: 'error',
      },
      {
        code: 'unknown_country',
        cell: 'corridor 2',
        message:
          'corridor 2 origin "XKX" is not ISO 3166 alpha-3 (Kosovo (World Bank, UN)); accepted',
        severity: 'warning',
      },
    ]);
  });
});
