import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/core/contract/issue.ts';
import { startsLikeFormula } from '../../src/core/contract/safe-text.ts';
import {
  checkFormulaText,
  mayStartFormula,
  plainRow,
} from '../../src/core/validate/check-formula-text.ts';

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

describe('plainRow', () => {
  const cell = fc.oneof(
    fc.string({ maxLength: 6 }),
    fc.constantFrom('=1+1', '-3', '-x', ' 2', '+1e3', '@A1', '\uff1dx', '', 'Mexico'),
    fc.double(),
    fc.constant(null),
  );

  it('is true only for rows where checkFormulaText warns about nothing', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 8 }), (row) => {
        const issues: Issue[] = [];
        checkFormulaText({ tabs: { T: [row] } }, ['T'], issues);
        if (plainRow(row)) expect(issues).toEqual([]);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('lets checkFormulaText skip the data rows a reader found plain, with the same warnings', () => {
    const rows = [
      ['h', '=h'],
      ['a', '-2'],
      ['=b', 'c'],
      ['d', '@e'],
    ];
    const plain = new Uint8Array(rows.length - 1);
    for (let i = 1; i < rows.length; i++) if (plainRow(rows[i]!)) plain[i - 1] = 1;
    const all: Issue[] = [];
    const skipping: Issue[] = [];
    checkFormulaText({ tabs: { T: rows } }, ['T'], all);
    checkFormulaText({ tabs: { T: rows } }, ['T'], skipping, new Map([['T', plain]]));
    expect([...plain]).toEqual([1, 0, 0]);
    expect(skipping).toEqual(all);
    expect(all.map((i) => i.cell)).toEqual(['T!B1', 'T!A3', 'T!B4']);
  });
});
