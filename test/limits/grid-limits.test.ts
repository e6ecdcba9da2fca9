import { describe, expect, test } from 'vitest';
import { GRID_LIMITS, gridLimitBreach } from '../../src/core/limits/grid-limits.ts';
import { json, testApp, token } from '../http/support.ts';

describe('grid limits shared by every reader', () => {
  test('a cell over 32,767 characters is named by its A1 address', () => {
    const breach = gridLimitBreach({ tabs: { Indicators: [[], [null, 'x'.repeat(40_000)]] } });
    expect(breach).toEqual({
      kind: 'cellChars',
      message: 'Indicators!B2: 40,000 characters, over the limit of 32,767 characters per cell',
    });
  });

  test("a value past a template tab's known width plus spare columns is a stray cell", () => {
    const row = Array<string | null>(200).fill(null);
    row[150] = 'stray';
    expect(gridLimitBreach({ tabs: { Indicators: [row] } })?.message).toMatch(
      /^Indicators: a cell at EU1, over the limit of 61 columns for this tab/,
    );
  });

  test('a tab the template does not know may be as wide as Excel allows', () => {
    const row = Array<string | null>(200).fill(null);
    row[150] = 'mine';
    expect(gridLimitBreach({ tabs: { Notes: [row] } })).toBeUndefined();
  });

  test('more cells than the limit is a size breach', () => {
    const breach = gridLimitBreach(
      {
        tabs: {
          Method: [
            [1, 2, 3],
            [4, 5, 6],
          ],
        },
      },
      { ...GRID_LIMITS, cells: 5 },
    );
    expect(breach?.kind).toBe('cells');
  });
});

describe('the API answers a breach with problem+json', () => {
  test('POST /v1/validate with a 40,000-character cell is a 422 naming the cell', async () => {
    const { app } = testApp();
    const body = { tabs: { Indicators: [['corridor_id'], ['x'.repeat(40_000)]] } };
    const res = await app.request('/v1/validate', json(body, await token('statistician')));
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    expect((await res.json()).detail).toMatch(/Indicators!A2: 40,000 characters/);
  });
});
