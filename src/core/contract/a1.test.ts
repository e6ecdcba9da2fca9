import { describe, expect, test } from 'vitest';
import { a1, columnLetter, columnNumber, parseRange, quoteTab, rangeA1 } from './a1.ts';

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
});
