/**
 * Insert template: asks the API for the corridor's template (pre-filled from
 * the open-data pack when chosen) and creates its tabs, drop-downs and data
 * validation in the open spreadsheet.
 * @module
 */
import type { CorridorChoice, InsertOutcome } from '../shared/rpc.ts';
import { AddonError } from './addon-error.ts';
import { callApi } from './api-client.ts';
import { templateWriteBack } from './api-shapes.ts';
import { applyTabValidations, buildTab, patchesByTab } from './build-tab.ts';
import { reportProgress } from './progress.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const code = (v: unknown): string =>
  String(v ?? '')
    .trim()
    .toUpperCase();

export function templatePath(choice: CorridorChoice): string {
  const origin = code(choice.origin);
  const destination = code(choice.destination);
  const transit = code(choice.transit);
  if (!origin || !destination)
    throw new AddonError(
      'Choose an origin and a destination country (ISO 3166 alpha-3, e.g. MEX and USA).',
    );
  const corridor = transit ? `${origin}-${transit}-${destination}` : `${origin}-${destination}`;
  return choice.prefill
    ? `/v1/corridors/${encodeURIComponent(corridor)}/template`
    : `/v1/template?corridor=${encodeURIComponent(corridor)}`;
}

function isEmpty(sheet: Sheet): boolean {
  return sheet.getLastRow() === 0 && sheet.getLastColumn() === 0;
}

export function insertTemplateTabs(choice: CorridorChoice): InsertOutcome {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  reportProgress('fetch', 'Fetching the template…', 0.1);
  const writeBack = templateWriteBack(callApi('get', templatePath(choice)));
  const clashes = writeBack.tabs
    .map((t) => t.name)
    .filter((name) => spreadsheet.getSheetByName(name));
  if (clashes.length > 0) {
    throw new AddonError(
      `This spreadsheet already has the tab${clashes.length > 1 ? 's' : ''} ${clashes.join(', ')}; nothing was inserted. ` +
        'Insert the template into a new spreadsheet, or rename those tabs first.',
    );
  }
  const byTab = patchesByTab(writeBack.tabs, writeBack.patches);
  const before = spreadsheet.getSheets();
  const created: Sheet[] = [];
  try {
    writeBack.tabs.forEach((tab, i) => {
      reportProgress(
        'write',
        `Writing ${tab.name} (${i + 1} of ${writeBack.tabs.length})…`,
        0.2 + (0.7 * i) / writeBack.tabs.length,
      );
      const sheet = spreadsheet.insertSheet(tab.name, spreadsheet.getNumSheets());
      created.push(sheet);
      buildTab(sheet, tab, byTab.get(tab.name) ?? []);
    });
    reportProgress('write', 'Adding drop-downs and data validation…', 0.9);
    writeBack.tabs.forEach((tab, i) => {
      applyTabValidations(created[i]!, tab);
    });
  } catch (error) {
    for (const sheet of created) spreadsheet.deleteSheet(sheet);
    throw error;
  }
  // A new spreadsheet's blank first tab is of no use once the template is in.
  const only = before.length === 1 ? before[0] : undefined;
  if (only && isEmpty(only)) spreadsheet.deleteSheet(only);
  created[0]?.activate();
  SpreadsheetApp.flush();
  reportProgress('done', 'Template inserted.', 1);
  return {
    tabs: writeBack.tabs.map((t) => t.name),
    validations: writeBack.tabs.reduce((n, t) => n + (t.validations?.length ?? 0), 0),
  };
}
