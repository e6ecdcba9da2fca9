import { describe, expect, test } from 'vitest';
import { parseSheetLink } from '../../src/core/contract/sheet-link.ts';

const ID = '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms';

describe('Google Sheets links', () => {
  test.each([
    [`https://docs.google.com/spreadsheets/d/${ID}/edit`, {}],
    [`https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`, { gid: 0 }],
    [`https://docs.google.com/spreadsheets/d/${ID}/edit?usp=sharing`, {}],
    [
      `https://docs.google.com/spreadsheets/d/${ID}/edit?gid=1386834576#gid=1386834576`,
      { gid: 1386834576 },
    ],
    [`https://docs.google.com/spreadsheets/d/${ID}/view`, {}],
    [`https://docs.google.com/spreadsheets/d/${ID}/copy`, {}],
    [`https://docs.google.com/spreadsheets/d/${ID}/htmlview`, {}],
    [`https://docs.google.com/spreadsheets/d/${ID}/preview`, {}],
    [`https://docs.google.com/spreadsheets/d/${ID}`, {}],
    [`https://docs.google.com/spreadsheets/u/0/d/${ID}/edit#gid=42`, { gid: 42 }],
    [`https://docs.google.com/spreadsheets/u/1/d/${ID}/edit`, {}],
    [
      `https://docs.google.com/spreadsheets/d/${ID}/edit#gid=7&range=B2:D9`,
      { gid: 7, range: 'B2:D9' },
    ],
    [`https://docs.google.com/spreadsheets/d/${ID}/edit?range=A1%3AC3`, { range: 'A1:C3' }],
    [`docs.google.com/spreadsheets/d/${ID}/edit`, {}],
    [`  http://docs.google.com/spreadsheets/d/${ID}/edit  `, {}],
    [ID, {}],
  ])('%s names the spreadsheet', (link, extra) => {
    expect(parseSheetLink(link)).toEqual({ spreadsheetId: ID, ...extra });
  });

  test.each([
    'https://docs.google.com/spreadsheets/d/e/2PACX-1vQ1234567890abcdefghijklmnopqrstuvwxyz/pubhtml',
    'https://docs.google.com/document/d/1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms/edit',
    'https://evil.example/spreadsheets/d/1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms/edit',
    'https://docs.google.com.evil.example/spreadsheets/d/1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms',
    'not a link',
    '',
  ])('%s is refused', (link) => {
    expect(parseSheetLink(link)).toBeUndefined();
  });
});
