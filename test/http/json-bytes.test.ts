import { describe, expect, test } from 'vitest';
import { utf8 } from '../../src/http/json-bytes.ts';

const encoder = new TextEncoder();
const same = (text: string) =>
  expect(Buffer.from(utf8(text))).toEqual(Buffer.from(encoder.encode(text)));
const long = 'x'.repeat(70_000);

describe('the UTF-8 bytes of an answer', () => {
  test('a long answer with names outside ASCII gives the bytes TextEncoder gives', () => {
    same(`${long}"Türkiye (TUR)", "Côte d’Ivoire" 😀 end`);
    same(`ü${long}’`);
  });

  test('lone surrogates become U+FFFD as TextEncoder makes them', () => {
    same(`${long}\ud800 \udc00 \ud83d`);
  });

  test('short and pure ASCII answers give the same bytes too', () => {
    same('{"ok":true,"name":"Türkiye"}');
    same(long);
  });
});
