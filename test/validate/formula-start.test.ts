import { describe, expect, it } from 'vitest';
import { startsLikeFormula } from '../../src/core/contract/safe-text.ts';
import { mayStartFormula } from '../../src/core/validate/check-formula-text.ts';

describe('mayStartFormula', () => {
  it('is true for every text startsLikeFormula flags and false for plain text', () => {
    const flagged = [
      '=A1',
      '+1',
      '-x',
      '@x',
      ' =x',
      '\u00a0+x',
      '\tx',
      '\rx',
      '\uff1dx',
      '\uff0bx',
      '\uff0dx',
      '\uff20x',
    ];
    for (const t of flagged) {
      expect(startsLikeFormula(t)).toBe(true);
      expect(mayStartFormula(t)).toBe(true);
    }
    for (const t of ['Mexico', '12', '', 'x=1', '\u00e9t\u00e9', '\uff21'])
      expect(mayStartFormula(t)).toBe(startsLikeFormula(t));
  });
});
