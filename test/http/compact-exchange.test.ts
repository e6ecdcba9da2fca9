import { describe, expect, test } from 'vitest';
import { compactWorkbook, expandFormats } from '../../src/core/contract/compact.ts';
import type { CompactWriteBack } from '../../src/core/contract/patch.ts';
import type { CellGrid } from '../../src/core/contract/workbook.ts';
import { DEFAULT_LIMITS } from '../../src/http/limits.ts';
import { exampleWorkbook } from '../contract/example-workbook.ts';
import { json, testApp, token } from './support.ts';

interface Problem {
  status: number;
  detail: string;
  errors?: { pointer: string; detail: string }[];
}

const example = exampleWorkbook() as CellGrid;
const compact = compactWorkbook(example);
const post = async (
  path: string,
  body: unknown,
  role: 'statistician' | 'partner' = 'statistician',
) => testApp().app.request(path, json(body, await token(role)));

describe('the compact exchange of /v1/assess and /v1/validate (what the Sheets add-on sends)', () => {
  test('a compact workbook gets the same answer as the plain one, byte for byte', async () => {
    const options = { uncertaintyRuns: 0, include: ['writeBack'] };
    const plain = await post('/v1/assess', { ...example, options });
    const packed = await post('/v1/assess', { compact, options });
    expect(packed.status).toBe(200);
    expect(await packed.text()).toBe(await plain.text());
  });

  test('validate answers a compact workbook as it answers the plain one', async () => {
    const plain = await (await post('/v1/validate', example, 'partner')).text();
    const res = await post('/v1/validate', { compact }, 'partner');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(plain);
  });

  test('formatTable sends each distinct format once; expanded, the write-back is the plain one', async () => {
    const options = { uncertaintyRuns: 0, include: ['writeBack'] };
    const plain = (await (await post('/v1/assess', { compact, options })).json()) as {
      writeBack: unknown;
    };
    const res = await post('/v1/assess', { compact, options: { ...options, formatTable: true } });
    const text = await res.text();
    const answer = JSON.parse(text) as { writeBack: CompactWriteBack };
    expect(answer.writeBack.formats.length).toBeGreaterThan(1);
    expect(expandFormats(answer.writeBack)).toEqual(plain.writeBack);
    expect(text.length).toBeLessThan(0.8 * JSON.stringify(plain).length);
  });

  test('a cell pointing past the values is refused with 422 at that cell', async () => {
    const body = {
      compact: {
        values: ['a', 'b'],
        tabs: {
          'Ind/icators': [
            [0, 1],
            [1, 2],
          ],
        },
      },
    };
    const res = await post('/v1/validate', body);
    expect(res.status).toBe(422);
    const problem = (await res.json()) as Problem;
    expect(problem.detail).toBe(
      'A compact cell must be the index of one of the 2 values; #/compact/tabs/Ind~1icators/1/1 is 2.',
    );
    expect(problem.errors?.[0]?.pointer).toBe('#/compact/tabs/Ind~1icators/1/1');
  });

  test('a cell that is not a whole number is refused by the schema with its pointer', async () => {
    const res = await post('/v1/validate', { compact: { values: ['a'], tabs: { T: [[0, 0.5]] } } });
    expect(res.status).toBe(422);
    expect(((await res.json()) as Problem).errors?.[0]?.pointer).toBe('#/compact/tabs/T/0/1');
  });

  test('a few values repeated in many cells cannot stand for more than a plain body may carry: 413', async () => {
    const big = 'x'.repeat(100_000);
    const rows = Array.from({ length: 200 }, () => [0]); // 20 MB of text from a 100 KB body
    const started = performance.now();
    const res = await post('/v1/validate', { compact: { values: [big], tabs: { Notes: rows } } });
    expect(res.status).toBe(413);
    const problem = (await res.json()) as Problem;
    expect(problem.detail).toMatch(
      /^The compact workbook stands for about 200\d{5} bytes of plain JSON, over the limit of \d+ bytes of a request body/,
    );
    expect(problem.errors?.[0]?.pointer).toBe('#/compact');
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  test('a body with both tabs and compact is refused: the workbook is sent one way', async () => {
    const res = await post('/v1/validate', { tabs: {}, compact: { values: [], tabs: {} } });
    expect(res.status).toBe(422);
    expect(((await res.json()) as Problem).detail).toMatch(/^The body has both tabs and compact/);
  });

  test('the role limits hold for a compact workbook: tabs, rows, cells and values, with pointers into compact', async () => {
    const { partner } = DEFAULT_LIMITS;
    const many = (n: number) => Array.from({ length: n }, () => [0]);
    const cases: [unknown, string][] = [
      [
        {
          values: [1],
          tabs: Object.fromEntries(many(partner.tabs + 1).map((_, i) => [`t${i}`, []])),
        },
        '#/compact/tabs',
      ],
      [{ values: [1], tabs: { Indicators: many(partner.rows + 1) } }, '#/compact/tabs/Indicators'],
      [
        { values: [1], tabs: { Wide: Array.from({ length: 1_000 }, () => Array(401).fill(0)) } },
        '#/compact/tabs/Wide',
      ],
      [
        { values: Array.from({ length: partner.cells + 1 }, (_, i) => i), tabs: {} },
        '#/compact/values',
      ],
    ];
    for (const [body, pointer] of cases) {
      const res = await post('/v1/validate', { compact: body }, 'partner');
      expect(res.status).toBe(413);
      expect(((await res.json()) as Problem).errors?.[0]?.pointer).toBe(pointer);
    }
  });
});
