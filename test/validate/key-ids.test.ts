import { describe, expect, it } from 'vitest';
import { KeyIds } from '../../src/core/validate/key-ids.ts';

describe('KeyIds', () => {
  it('gives the same id to equal tuples and different ids to different ones', () => {
    const ids = new KeyIds();
    const a = ids.id(['MEX-USA', 'gdp', 'origin', 'MEX']);
    expect(ids.id(['MEX-USA', 'gdp', 'origin', 'MEX'])).toBe(a);
    expect(ids.id(['MEX-USA', 'gdp', 'origin', ''])).not.toBe(a);
    expect(ids.id(['MEX-USA', 'gdp', 'destination', 'MEX'])).not.toBe(a);
    expect(ids.size).toBe(3);
  });

  it('matches tuples with a | in a part exactly as their joined keys do', () => {
    const ids = new KeyIds();
    const joinedAlike = ids.id(['a|b', 'c', 'd']);
    expect(ids.id(['a', 'b|c', 'd'])).toBe(joinedAlike);
    expect(ids.id(['a', 'b', 'c'])).not.toBe(joinedAlike);
    expect(ids.id(['a|b', 'c', 'e'])).not.toBe(joinedAlike);
  });

  it('gives the same ids whatever order its tree walks the parts in', () => {
    const tuples = [
      ['MEX-USA', 'gdp', 'origin', 'MEX'],
      ['MEX-USA', 'gdp', 'destination', 'USA'],
      ['MEX-USA', 'gdp', 'origin', 'MEX'],
      ['a|b', 'c', 'd', ''],
      ['a', 'b|c', 'd', ''],
      ['PHL-SAU', 'gdp', 'origin', 'PHL'],
      ['MEX-USA', 'gdp', 'destination', 'USA'],
    ];
    const given = new KeyIds();
    const walked = new KeyIds([2, 3, 0, 1]);
    expect(tuples.map((t) => walked.id(t))).toEqual(tuples.map((t) => given.id(t)));
    expect(walked.size).toBe(4);
  });

  it('is not fooled by a reused array of parts', () => {
    const ids = new KeyIds();
    const parts = ['x', 'y'];
    const first = ids.id(parts);
    parts[1] = 'z';
    expect(ids.id(parts)).not.toBe(first);
    parts[1] = 'y';
    expect(ids.id(parts)).toBe(first);
  });
});
