import ExcelJS from 'exceljs';
import { expect, test } from 'vitest';
import { addTab } from '../../src/adapters/xlsx/apply-write-back.ts';

test('the xlsx writer gives rows the heights the render model asks for', () => {
  const excel = new ExcelJS.Workbook();
  const sheet = addTab(
    excel,
    { name: 'Ranking', frozenRows: 7, rowHeights: [{ row: 7, height: 45 }] },
    'Ranking',
  );
  expect(sheet.getRow(7).height).toBe(45);
});
