import { describe, expect, test } from 'vitest';
import { answerPieces } from '../../src/http/answer-json.ts';
import { utf8, utf8Pieces } from '../../src/http/json-bytes.ts';

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

  test('an answer in pieces, repeated rows and names outside ASCII, gives the bytes of its whole JSON', () => {
    const row = [{ numberFormat: '0.0' }, null];
    const answer = {
      issues: [{ message: `Côte d’Ivoire ${long}` }],
      writeBack: { tabs: [], patches: [{ tab: 'Türkiye', formats: [row, row, row, [null]] }] },
    };
    const text = JSON.stringify(answer);
    expect(Buffer.from(utf8Pieces(answerPieces(answer)))).toEqual(
      Buffer.from(encoder.encode(text)),
    );
  });
});
