import { describe, expect, test } from 'vitest';
import { answerJson } from '../../src/http/answer-json.ts';

const bold = { bold: true };
const money = { numberFormat: '#,##0' };
const patch = (extra: Record<string, unknown> = {}) => ({
  tab: 'Scorecard',
  range: 'A1:B4',
  values: [
    ['a', 1],
    ['b', null],
    ['c', -0],
    ['d', 2],
  ],
  formats: [
    [bold, money],
    [bold, money],
    [bold, money],
    [money, null],
  ],
  ...extra,
});

describe('the JSON of an answer with a write-back', () => {
  test('is the text JSON.stringify gives, with repeated format and note rows', () => {
    const noNotes = [null, null];
    const answer = {
      ok: true,
      issues: [],
      writeBack: {
        tabs: [{ name: 'Scorecard', frozenRows: 6 }],
        patches: [
          patch({ notes: [['x', null], noNotes, noNotes, noNotes] }),
          patch({ formats: [] }),
          patch({ formats: [undefined, [undefined, bold], [undefined, bold], null, [NaN], [NaN]] }),
          { tab: 'T', range: 'A1', values: [[1]] },
        ],
      },
      after: 'the key order holds',
    };
    expect(answerJson(answer)).toBe(JSON.stringify(answer));
  });

  test('a text in the answer that looks like the stand-in mark changes nothing', () => {
    const mark = 'cm\u0001grid\u0001cm';
    const answer = {
      issues: [{ message: mark }, { message: `a"${mark}` }],
      writeBack: { tabs: [], patches: [patch({ tab: mark })] },
    };
    expect(answerJson(answer)).toBe(JSON.stringify(answer));
  });

  test('answers without patches are JSON.stringify as is', () => {
    for (const answer of [
      { ok: false },
      { writeBack: null },
      { writeBack: { patches: 'x' } },
      null,
      [1],
    ])
      expect(answerJson(answer)).toBe(JSON.stringify(answer));
  });
});
