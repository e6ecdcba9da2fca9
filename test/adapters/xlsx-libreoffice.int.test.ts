import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { applyWriteBack, buildExcel, toXlsxBytes } from '../../src/adapters/xlsx/index.ts';
import { calcSheetsAsCsv } from '../support/libreoffice.ts';
import { mustRun } from '../support/system-tool.ts';
import { useTmpDir } from '../support/tmp-dir.ts';
import { inputWorkbook, writeBack } from '../support/write-back-fixture.ts';

describe.runIf(mustRun('soffice'))('a written workbook in LibreOffice Calc', () => {
  const tmp = useTmpDir();

  test('opens with the benchmark values intact and formula-like text still text', async () => {
    const dir = await tmp();
    const excel = buildExcel(inputWorkbook);
    applyWriteBack(excel, writeBack);
    const path = join(dir, 'assessed.xlsx');
    await writeFile(path, await toXlsxBytes(excel));
    const sheets = await calcSheetsAsCsv(path, join(dir, 'csv'));
    expect(sheets.Ranking?.[2]).toEqual(['MEX-USA', '61.25']);
    // a formula would have been evaluated to 2 on load
    expect(sheets.Ranking?.[3]).toEqual(['=1+1', '38.5']);
    expect(sheets.Validation?.[1]?.[2]).toBe('@SUM(A1)');
    expect(sheets.Indicators?.[1]?.[3]).toBe('=HYPERLINK("http://evil")');
  });
});
