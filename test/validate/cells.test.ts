import { describe, expect, test } from 'vitest';
import { describeCell, readNumber, readText, readYear } from '../../src/core/validate/cells.ts';

describe('cell readers', () => {
  test('plain numeric text is read as a number; separators, % and words are not', () => {
    expect(['12.5', ' -3 ', '1e6', '.5'].map((v) => readNumber(v))).toEqual([
      { ok: true, value: 12.5 },
      { ok: true, value: -3 },
      { ok: true, value: 1e6 },
      { ok: true, value: 0.5 },
    ]);
    expect(['1,234', '1 234', '12%', '3,5', 'n/a', ''].map((v) => readNumber(v).ok)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect([true, Number.NaN, Number.POSITIVE_INFINITY, null].map((v) => readNumber(v).ok)).toEqual(
      [false, false, false, false],
    );
  });

  test('years arrive as whole numbers or numeric text from 1900 to 2100', () => {
    expect([2020, '2020', '2020.0'].map((v) => readYear(v))).toEqual([
      { ok: true, value: 2020 },
      { ok: true, value: 2020 },
      { ok: true, value: 2020 },
    ]);
    expect([2020.5, 1899, '20x0', '2,020'].map((v) => readYear(v).ok)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  test('text cells accept numbers and trim blanks, but not booleans or objects', () => {
    expect(readText('  MEX ')).toEqual({ ok: true, value: 'MEX' });
    expect(readText(42)).toEqual({ ok: true, value: '42' });
    expect(readText(false)).toEqual({ ok: false, found: 'FALSE' });
    expect(readText(Object.create(null))).toEqual({ ok: false, found: 'a value of type object' });
  });

  test('messages show text quoted, numbers plain and blanks as an empty cell', () => {
    expect([' ', 'n/a', 4.5, true, new Date(0), [1]].map(describeCell)).toEqual([
      'an empty cell',
      '"n/a"',
      '4.5',
      'TRUE',
      'a date',
      'a list',
    ]);
  });
});
