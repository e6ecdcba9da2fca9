import { describe, expect, it } from 'vitest';
import { finiteNumber } from '../../src/core/validate/cells.ts';
import { choiceCell, optionalText, textCell } from '../../src/core/validate/fields.ts';
import { memoField } from '../../src/core/validate/memo-field.ts';

describe('memoField', () => {
  it('answers as the spec does for texts, blanks, numbers and other values', () => {
    const spec = textCell('a corridor id');
    const parse = memoField(spec);
    for (const v of [' MEX-USA ', 'MEX-USA', '', '  ', null, undefined, 12, true, {}]) {
      expect(parse(v)).toEqual(spec.parse(v));
      expect(parse(v)).toEqual(spec.parse(v));
    }
  });

  it('reuses the answer for a text it has read before', () => {
    const parse = memoField(choiceCell(['origin', 'destination'] as const));
    expect(parse(' Origin')).toBe(parse(' Origin'));
    expect(parse(' Origin')).toEqual({ ok: true, value: 'origin' });
  });

  it('answers as the spec does in a column of mostly different texts, which it stops keeping', () => {
    const spec = optionalText();
    const parse = memoField(spec);
    const texts = Array.from({ length: 600 }, (_, i) => (i % 7 === 0 ? ' same ' : `note ${i} `));
    for (const v of texts) expect(parse(v)).toEqual(spec.parse(v));
    expect(parse(' same ')).toEqual({ ok: true, value: 'same' });
  });

  it('still answers correctly past its limit of kept texts', () => {
    const spec = optionalText();
    const parse = memoField(spec, 2);
    for (const v of ['a', 'b', 'c', ' c ', 'a'])
      expect(parse(v)).toEqual({ ok: true, value: v.trim() });
  });
});

describe('finiteNumber', () => {
  it('reads numbers and plain numeric text, and nothing else', () => {
    expect(finiteNumber(' 12.5 ')).toBe(12.5);
    expect(finiteNumber(-3)).toBe(-3);
    expect(finiteNumber('1e6')).toBe(1e6);
    expect(finiteNumber('1,234')).toBeUndefined();
    expect(finiteNumber('0x10')).toBeUndefined();
    expect(finiteNumber(Number.NaN)).toBeUndefined();
    expect(finiteNumber('')).toBeUndefined();
    expect(finiteNumber(true)).toBeUndefined();
  });

  it('reads decimal text to the very double Number reads', () => {
    for (const text of [
      '0.1',
      '3.058',
      '-0.30000000000000004',
      '123456789012345',
      '9007199254740993',
      '1.',
      '.5',
      '+7',
      '000000000000001.5',
    ])
      expect(finiteNumber(text)).toBe(Number(text));
    expect(Object.is(finiteNumber('-0'), -0)).toBe(true);
    expect(finiteNumber('1.2.3')).toBeUndefined();
    expect(finiteNumber('-')).toBeUndefined();
  });
});
