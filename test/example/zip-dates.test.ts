import { describe, expect, test } from 'vitest';
import { fixZipDates } from '../../scripts/example/zip-dates.ts';
import { writeXlsx } from '../../src/adapters/xlsx/index.ts';

const workbook = { tabs: { Corridors: [['corridor_id'], ['MEX-USA']] } };
const fixed = new Date('2026-11-28T00:00:00Z');

describe('fixed zip dates', () => {
  test('two workbooks written seconds apart become byte-identical', async () => {
    const first = await writeXlsx(workbook, { date: fixed });
    await new Promise((r) => setTimeout(r, 2100));
    const second = await writeXlsx(workbook, { date: fixed });
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(false);
    expect(
      Buffer.from(fixZipDates(second, fixed)).equals(Buffer.from(fixZipDates(first, fixed))),
    ).toBe(true);
  });

  test('bytes that are not a zip are refused with a clear message', () => {
    expect(() =>
      fixZipDates(new TextEncoder().encode('not a zip at all, just text here'), fixed),
    ).toThrow(/expects a zip archive/);
  });
});
