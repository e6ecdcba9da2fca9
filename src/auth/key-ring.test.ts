import { expect, test } from 'vitest';
import { KeyRingError, parseKeyRing } from './key-ring.ts';
import { parseTtl } from './ttl.ts';

test('several kid:secret pairs are read for rotation, spaces ignored', () => {
  expect(parseKeyRing(` old:${'o'.repeat(32)} , new:${'n'.repeat(33)}`)).toEqual({
    old: 'o'.repeat(32),
    new: 'n'.repeat(33),
  });
  expect(parseKeyRing(undefined)).toEqual({});
});

test('a short secret, a missing kid or a repeated kid is refused without printing the secret', () => {
  const secret = 's3cr3t-short';
  expect(() => parseKeyRing(`k1:${secret}`)).toThrow(KeyRingError);
  expect(() => parseKeyRing(`k1:${secret}`)).not.toThrow(secret);
  expect(() => parseKeyRing(`:${'x'.repeat(40)}`)).toThrow(/entry 1/);
  expect(() => parseKeyRing(`a:${'x'.repeat(40)},a:${'y'.repeat(40)}`)).toThrow(/twice/);
});

test('lifetimes read in seconds, minutes, hours and days up to a year', () => {
  expect(['30d', '12h', '15m', '3600s'].map(parseTtl)).toEqual([2_592_000, 43_200, 900, 3600]);
  expect(['0d', '400d', '30', 'd30', '1w'].map(parseTtl)).toEqual([
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
  ]);
});
