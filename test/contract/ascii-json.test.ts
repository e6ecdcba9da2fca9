import { describe, expect, test } from 'vitest';
import { asciiJson } from '../../src/core/contract/ascii-json.ts';
import { compactWorkbook } from '../../src/core/contract/compact.ts';
import type { CellGrid } from '../../src/core/contract/workbook.ts';
import { exampleWorkbook } from './example-workbook.ts';

describe('asciiJson: JSON with every character outside ASCII escaped', () => {
  test('is pure ASCII and parses back to the same value as JSON.stringify', () => {
    const value = {
      name: 'Türkiye',
      note: 'Côte d’Ivoire — 😀',
      del: '\u007f',
      n: [1.5, null, true],
    };
    const text = asciiJson(value);
    expect(text).toMatch(/^[\x20-\x7e]*$/);
    expect(text).toContain('T\\u00fcrkiye');
    expect(JSON.parse(text)).toEqual(value);
  });

  test("the example's compact workbook, as the add-on sends it, is ASCII and the same workbook", () => {
    const compact = compactWorkbook(exampleWorkbook() as CellGrid);
    const text = asciiJson({ compact });
    expect(text).toMatch(/^[\x20-\x7e]*$/);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify({ compact })));
  });
});
