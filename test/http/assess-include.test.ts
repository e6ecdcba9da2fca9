import { describe, expect, test } from 'vitest';
import { exampleWorkbook } from '../contract/example-workbook.ts';
import { json, testApp, token } from './support.ts';

const post = async (options: unknown) =>
  testApp().app.request(
    '/v1/assess',
    json({ ...exampleWorkbook(), options }, await token('statistician')),
  );

describe('options.include: the large parts of the assess answer a client asks for', () => {
  test('the add-on asking for writeBack only gets the whole answer without the benchmark, byte for byte', async () => {
    const whole = await (await post({ uncertaintyRuns: 0 })).text();
    const res = await post({ uncertaintyRuns: 0, include: ['writeBack'] });
    expect(res.status).toBe(200);
    const { benchmark, ...rest } = JSON.parse(whole) as Record<string, unknown>;
    expect(benchmark).not.toBeNull();
    expect(await res.text()).toBe(JSON.stringify(rest));
  });

  test('both parts named give the same bytes as no include at all', async () => {
    const [whole, both] = await Promise.all([
      post({ uncertaintyRuns: 0 }).then((r) => r.text()),
      post({ uncertaintyRuns: 0, include: ['writeBack', 'benchmark'] }).then((r) => r.text()),
    ]);
    expect(both).toBe(whole);
  });

  test('an empty list leaves ok, issues and summary only', async () => {
    const body = (await (await post({ include: [] })).json()) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['ok', 'issues', 'summary']);
  });

  test('a part the answer does not have is refused with 422 pointing at it', async () => {
    const res = await post({ include: ['sensitivity'] });
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { errors: { pointer: string }[] };
    expect(problem.errors[0]?.pointer).toBe('#/options/include/0');
  });
});
