import { describe, expect, test } from 'vitest';
import { safeText, startsLikeFormula } from './safe-text.ts';

describe('safeText', () => {
  test('prefixes text that starts with = + - @ with an apostrophe', () => {
    expect(['=1+1', '+44 20', '-3', '@SUM(A1)'].map(safeText)).toEqual([
      "'=1+1",
      "'+44 20",
      "'-3",
      "'@SUM(A1)",
    ]);
  });

  test('also catches a leading tab, carriage return, blanks before = and full-width signs', () => {
    expect(safeText('\t=1')).toBe("'\t=1");
    expect(safeText('\rcmd')).toBe("'\rcmd");
    expect(safeText('  =cmd|calc')).toBe("'  =cmd|calc");
    expect(safeText('\uff1d1+1')).toBe("'\uff1d1+1");
  });

  test('leaves ordinary text, inner signs and the empty string untouched', () => {
    expect(safeText('Mexico-USA')).toBe('Mexico-USA');
    expect(safeText('a=b')).toBe('a=b');
    expect(safeText('')).toBe('');
    expect(startsLikeFormula("'=1")).toBe(false);
  });
});
