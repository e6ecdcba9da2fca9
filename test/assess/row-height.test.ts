import { describe, expect, test } from 'vitest';
import { renderBenchmark } from '../../src/core/assess/render/render-benchmark.ts';
import { rowHeight, wrappedLines } from '../../src/core/assess/render/row-height.ts';
import { GENERATED_TABS } from '../../src/core/template/layout.ts';
import { renderValidationTab } from '../../src/core/validate/render-validation-tab.ts';
import { smallBenchmark } from './fixtures/small-benchmark.ts';

describe('row heights for wrapped text', () => {
  test('a header wider than its column needs as many lines as its words fill', () => {
    expect(wrappedLines('Rank 95th pct', 9)).toBe(2);
    expect(wrappedLines('Rank', 6)).toBe(1);
    expect(rowHeight(['Rank', 'Correlation with dimension'], [6, 13])).toBe(45);
    expect(rowHeight(['Rank', 'Corridor'], [6, 12])).toBeNull();
  });

  test('every section header row of the Ranking tab gets the height its longest header needs', () => {
    const out = renderBenchmark(smallBenchmark());
    const tab = out.tabs.find((t) => t.name === GENERATED_TABS.ranking)!;
    const headerRow = out.patches
      .filter((p) => p.tab === tab.name)
      .flatMap((p) => p.values.map((v, r) => ({ v, row: Number(/\d+/.exec(p.range)![0]) + r })))
      .find((x) => x.v[0] === 'Rank')!;
    expect(tab.rowHeights).toContainEqual({ row: headerRow.row, height: expect.any(Number) });
  });

  test('a long Validation message gets a row tall enough not to spill over the next one', () => {
    const message = 'x '.repeat(80);
    const r = renderValidationTab(
      [{ code: 'outlier', cell: 'Indicators!F2', message, severity: 'warning' }],
      '2026-01-01T00:00:00Z',
    );
    expect(r.tab.rowHeights).toEqual([{ row: 6, height: 30 }]);
  });
});
