import { describe, expect, it } from 'vitest';
import { FirstRows } from '../../src/core/validate/first-rows.ts';

describe('FirstRows', () => {
  it('gives the first row of a tuple year seen again, in any year order, and nothing for a new one', () => {
    const f = new FirstRows();
    expect(f.firstOrAdd(0, 2010, 2)).toBeUndefined();
    expect(f.firstOrAdd(0, 2011, 3)).toBeUndefined();
    expect(f.firstOrAdd(1, 2010, 4)).toBeUndefined();
    expect(f.firstOrAdd(0, 2009, 5)).toBeUndefined();
    expect(f.firstOrAdd(0, 2010, 6)).toBe(2);
    expect(f.firstOrAdd(0, 2009, 7)).toBe(5);
    expect(f.firstOrAdd(1, 2010, 8)).toBe(4);
    expect(f.firstOrAdd(1, 2011, 9)).toBeUndefined();
  });

  it('matches a per-tuple list of years past its first sizes (many tuples, many rows)', () => {
    const f = new FirstRows();
    const lists = new Map<number, Map<number, number>>();
    let seed = 11;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let row = 2; row < 6000; row++) {
      const id = next() % 700;
      const year = 1900 + (next() % 201);
      const years = lists.get(id) ?? new Map<number, number>();
      lists.set(id, years);
      const want = years.get(year);
      if (want === undefined) years.set(year, row);
      expect(f.firstOrAdd(id, year, row)).toBe(want);
    }
  });
});
