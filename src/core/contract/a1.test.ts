import { describe, expect, test } from 'vitest';
import {
  a1,
  columnLetter,
  columnNumber,
  parseRange,
  quotedTab,
  quoteTab,
  rangeA1,
  splitA1,
  unquoteTab,
} from './a1.ts';

describe('A1 notation', () => {
  test('column numbers become letters and back, past Z', () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
    expect(['A', 'Z', 'AA', 'AZ', 'AAA'].map(columnNumber)).toEqual([1, 26, 27, 52, 703]);
  });

  test('a cell address names its tab, quoted when the name has spaces', () => {
    expect(a1('Indicators', 14, 6)).toBe('Indicators!F14');
    expect(a1('Data availability', 2, 1)).toBe("'Data availability'!A2");
    expect(quoteTab("O'Brien")).toBe("'O''Brien'");
  });

  test('ranges round-trip through their corners', () => {
    expect(rangeA1(1, 1, 20, 6)).toBe('A1:F20');
    expect(parseRange('A1:F20')).toEqual({
      start: { row: 1, column: 1 },
      end: { row: 20, column: 6 },
    });
    expect(parseRange('C3')).toEqual({ start: { row: 3, column: 3 }, end: { row: 3, column: 3 } });
    expect(parseRange('not a range')).toBeUndefined();
  });

  test('a reference splits into its unquoted tab and its range; quoting always round-trips', () => {
    expect(splitA1("'Data availability'!A2")).toEqual({ tab: 'Data availability', range: 'A2' });
    expect(splitA1("'O''Brien'!B3:C4")).toEqual({ tab: "O'Brien", range: 'B3:C4' });
    expect(splitA1('A1:F20')).toEqual({ range: 'A1:F20' });
    expect(quotedTab('Method')).toBe("'Method'");
    expect(unquoteTab(quotedTab("it's"))).toBe("it's");
    expect(unquoteTab('Method')).toBe('Method');
  });
});
