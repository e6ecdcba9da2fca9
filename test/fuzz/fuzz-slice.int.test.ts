import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { describeCounts, fuzzBytes, fuzzGrids } from './fuzz-cases.ts';

describe('a seeded slice of npm run fuzz', () => {
  test('random template grids read, round-trip through .xlsx and validate without a crash or a hang', async () => {
    const counts = await fuzzGrids(400, 7, 20);
    expect(counts.crashes + counts.hangs, describeCounts('grids', counts)).toBe(0);
  });

  test('byte mutations of the example end in a report or one line, never a crash, a hang or a changed input', async () => {
    const counts = await fuzzBytes(
      new Uint8Array(readFileSync('examples/observatory.xlsx')),
      25,
      7,
      5,
    );
    expect(
      counts.crashes + counts.hangs + counts.changedInputs,
      describeCounts('bytes', counts),
    ).toBe(0);
  });
});
