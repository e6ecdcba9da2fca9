import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Workbook } from '../../src/core/contract/workbook.ts';
import { COLUMNS, INPUT_TABS } from '../../src/core/template/layout.ts';
import { readTemplate, renderValidationTab } from '../../src/core/validate/index.ts';
import { template } from './fixture.ts';

const cell = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(''),
  fc.string(),
  fc.constantFrom(
    '=1+1',
    '-',
    '1,234',
    '2020',
    'MEX-USA',
    'origin',
    'gdp_pc_usd',
    'NaN',
    '__proto__',
    'constructor',
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.date(),
  fc.object(),
  fc.constant(Object.create(null) as unknown),
);
const grid = fc.array(fc.oneof(fc.array(cell, { maxLength: 14 }), cell), { maxLength: 12 });
const tabName = fc.oneof(
  fc.constantFrom(...Object.values(INPUT_TABS), '__proto__', 'constructor'),
  fc.string(),
);

function assertWellFormed(wb: unknown): void {
  const { issues, submission } = readTemplate(wb as Workbook);
  for (const i of issues) {
    expect(['error', 'warning']).toContain(i.severity);
    expect(i.message.length).toBeGreaterThan(0);
    expect(typeof i.cell).toBe('string');
  }
  expect(Array.isArray(submission.observations)).toBe(true);
  renderValidationTab(issues, '2026-01-01T00:00:00Z');
}

describe('readTemplate never throws', () => {
  test('on random workbooks of random grids', () => {
    fc.assert(
      fc.property(fc.dictionary(tabName, grid, { maxKeys: 8 }), (tabs) =>
        assertWellFormed({ tabs }),
      ),
      { numRuns: 200 },
    );
  });

  test('on random grids under the real headers of every input tab', () => {
    const withHeaders = fc.record(
      Object.fromEntries(
        Object.entries(COLUMNS).map(([tab, header]) => [
          tab,
          grid.map((rows) => [[...header], ...rows]),
        ]),
      ),
    );
    fc.assert(
      fc.property(withHeaders, (tabs) => assertWellFormed({ tabs })),
      { numRuns: 150 },
    );
  });

  test('on a generated template with random cells overwritten', () => {
    const edits = fc.array(
      fc.tuple(fc.constantFrom(...Object.keys(COLUMNS)), fc.nat(120), fc.nat(13), cell),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(edits, (changes) => {
        const wb = template();
        for (const [tab, r, c, v] of changes) {
          const rows = wb.tabs[tab]!;
          const row = rows[r % rows.length]!;
          row[c] = v;
        }
        assertWellFormed(wb);
      }),
      { numRuns: 150 },
    );
  });

  test('on things that are not workbooks at all', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => assertWellFormed(x)),
      { numRuns: 300 },
    );
    for (const x of [
      null,
      undefined,
      42,
      'x',
      { tabs: null },
      { tabs: [] },
      { tabs: { Indicators: 'no' } },
    ])
      assertWellFormed(x);
  });
});
