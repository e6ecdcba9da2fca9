import { Hono } from 'hono';
import { describe, expect, test } from 'vitest';
import { AssessRequestSchema } from '../../src/core/contract/assess-api.ts';
import { WorkbookSchema } from '../../src/core/contract/workbook.ts';
import type { AppEnv } from '../../src/http/context.ts';
import { jsonBytes } from '../../src/http/json-bytes.ts';
import { parseBody } from '../../src/http/parse-request.ts';
import { isPlainGrid, parseWorkbookBody } from '../../src/http/workbook-body.ts';

/** The problem a parse throws, or the value it returns, as comparable JSON. */
const outcome = (parse: () => unknown) => {
  try {
    return { value: parse() };
  } catch (error) {
    return { problem: JSON.parse(JSON.stringify(error)), detail: (error as Error).message };
  }
};

const bodies: Record<string, unknown> = {
  'a valid workbook with options': {
    tabs: {
      Indicators: [
        ['id', 'value'],
        ['a', 1.5],
        [null, true],
      ],
      Empty: [],
    },
    options: { uncertaintyRuns: 3, seed: 1 },
    extra: 'dropped',
  },
  'a cell that is an object': { tabs: { Indicators: [['id'], [{ x: 1 }]] } },
  'a row that is not an array': { tabs: { Indicators: ['id'] } },
  'a tab name of 101 characters': { tabs: { ['t'.repeat(101)]: [] } },
  'an empty tab name': { tabs: { '': [] } },
  'tabs given as a list': { tabs: [[['a']]] },
  'valid tabs with bad options': { tabs: { A: [[1]] }, options: { uncertaintyRuns: -1 } },
  'no tabs': { options: {} },
  'a tab named __proto__': JSON.parse('{"tabs":{"__proto__":[[1]],"A":[["x"]]}}'),
};

describe('the workbook body check without zod walking every cell', () => {
  for (const [name, body] of Object.entries(bodies))
    test(`${name} gives the same value or problem as the zod schema alone`, () => {
      expect(outcome(() => parseWorkbookBody(AssessRequestSchema, body))).toEqual(
        outcome(() => parseBody(AssessRequestSchema, body)),
      );
      expect(outcome(() => parseWorkbookBody(WorkbookSchema, body))).toEqual(
        outcome(() => parseBody(WorkbookSchema, body)),
      );
    });

  test('only rows of text, numbers, booleans and nulls pass the plain loop', () => {
    expect(isPlainGrid({ A: [['x', 1, true, null]] })).toBe(true);
    expect(isPlainGrid({ A: [[undefined]] })).toBe(false);
    expect(isPlainGrid({ A: [[Number.NaN]] })).toBe(false);
    expect(isPlainGrid(JSON.parse('{"__proto__":[]}'))).toBe(false);
  });
});

describe('JSON answers serialised once to bytes', () => {
  test('give the same status, headers and bytes as c.json, lone surrogates and non-ASCII text included', async () => {
    const value = { text: 'Côte d’Ivoire → 🇨🇮', lone: '\ud800x\udfff', n: [1, null] };
    const app = new Hono<AppEnv>();
    app.get('/json', (c) => c.json(value));
    app.get('/bytes', (c) => jsonBytes(c, value));
    const [a, b] = await Promise.all([app.request('/json'), app.request('/bytes')]);
    expect(b.status).toBe(a.status);
    expect(pairs(b.headers)).toEqual(pairs(a.headers));
    expect(new Uint8Array(await b.arrayBuffer())).toEqual(new Uint8Array(await a.arrayBuffer()));
  });
});

function pairs(headers: Headers): string[] {
  const out: string[] = [];
  headers.forEach((value, key) => {
    out.push(`${key}: ${value}`);
  });
  return out;
}
