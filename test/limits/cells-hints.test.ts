import { describe, expect, test } from 'vitest';
import { describeCell, numeralHint, quote } from '../../src/core/validate/cells.ts';
import { numberCell } from '../../src/core/validate/fields.ts';

describe('numbers written as text get a hint about why they are not numbers', () => {
  const cases: [string, RegExp][] = [
    ['1,234', /thousands separators/],
    ['1.234,56', /decimal point, not a comma/],
    ['2,5', /decimal point, not a comma/],
    ['n/a', /leave the cell empty/],
    ['NA', /leave the cell empty/],
    ['0x10', /^$/],
  ];
  for (const [text, hint] of cases) {
    test(`"${text}" is not a number, with the hint ${hint}`, () => {
      const parsed = numberCell().parse(text);
      expect(parsed.ok).toBe(false);
      expect(numeralHint(text)).toMatch(hint);
    });
  }
});

describe('messages quote at most about 80 characters of a cell', () => {
  test('a 32,767-character cell is quoted in 80 characters', () => {
    const cell = 'x'.repeat(32_767);
    expect(quote(cell).length).toBeLessThanOrEqual(82);
    expect(describeCell(cell).length).toBeLessThanOrEqual(82);
  });
});
