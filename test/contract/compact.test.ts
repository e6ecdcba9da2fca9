import { describe, expect, test } from 'vitest';
import { assess } from '../../src/core/assess/assess.ts';
import {
  compactWorkbook,
  expandFormats,
  expandWorkbook,
  tableFormats,
} from '../../src/core/contract/compact.ts';
import type { CellGrid } from '../../src/core/contract/workbook.ts';
import { exampleWorkbook } from './example-workbook.ts';

const example = exampleWorkbook() as CellGrid;

describe('the compact workbook: distinct values once, cells as indices', () => {
  test('expanding the compact example gives back every tab, row and cell exactly', () => {
    const compact = compactWorkbook(example);
    expect(expandWorkbook(compact)).toEqual(example);
    const cells = Object.values(example.tabs).flat(2).length;
    expect(compact.values.length).toBeLessThan(cells / 5);
    expect(JSON.stringify(compact).length).toBeLessThan(0.6 * JSON.stringify(example).length);
  });

  test('1 and "1", empty text and null, true and "TRUE" stay different cells', () => {
    const grid = { tabs: { T: [[1, '1', '', null, true, 'TRUE', 1]] } };
    const compact = compactWorkbook(grid);
    expect(compact.tabs.T).toEqual([[0, 1, 2, null, 3, 4, 0]]);
    expect(expandWorkbook(compact)).toEqual(grid);
  });

  test('a tab named __proto__ stays a tab both ways', () => {
    const tabs = JSON.parse('{"__proto__": [["x"]], "B": [[2]]}') as CellGrid['tabs'];
    const compact = compactWorkbook({ tabs });
    expect(Object.keys(compact.tabs)).toEqual(['__proto__', 'B']);
    expect(JSON.stringify(expandWorkbook(compact).tabs)).toBe(JSON.stringify(tabs));
  });
});

describe('the format table of a write-back', () => {
  const { writeBack } = assess(example, {
    generatedAt: '2026-01-01T00:00:00.000Z',
    uncertaintyRuns: 0,
  });

  test("expanding the example's format table gives the same write-back, patch for patch", () => {
    const compact = tableFormats(writeBack);
    expect(expandFormats(compact)).toEqual(writeBack);
  });

  test('each distinct format is in the table once, and the table is far smaller than the cells', () => {
    const { formats, patches } = tableFormats(writeBack);
    const distinct = new Set(formats.map((f) => JSON.stringify(f)));
    expect(distinct.size).toBe(formats.length);
    const cells = patches.flatMap((p) => p.formats ?? []).flat().length;
    expect(formats.length).toBeGreaterThan(1);
    expect(formats.length).toBeLessThan(cells / 100);
    expect(JSON.stringify(tableFormats(writeBack)).length).toBeLessThan(
      0.8 * JSON.stringify(writeBack).length,
    );
  });
});
