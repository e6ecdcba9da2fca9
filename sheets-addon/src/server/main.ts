/**
 * Every entry point Apps Script can call: the menu's functions and the
 * sidebar's google.script.run targets. build.mjs turns each export into a
 * top-level function of Code.js.
 * @module
 */
import type {
  AssessChoice,
  AssessOutcome,
  CorridorChoice,
  InsertOutcome,
  Progress,
  ReviewOutcome,
  SettingsInput,
  SettingsView,
  ValidateOutcome,
} from '../shared/rpc.ts';
import { AddonError } from './addon-error.ts';
import { assessActiveSpreadsheet } from './assess-sheet.ts';
import { parseCellAddress } from './cell-address.ts';
import { insertTemplateTabs } from './insert-template.ts';
import { buildMenu, openSidebar, runFromMenu } from './menu.ts';
import { readProgress } from './progress.ts';
import { getSettingsView, saveSettingsInput } from './settings.ts';
import { shareActiveSpreadsheet } from './share-review.ts';
import { validateActiveSpreadsheet } from './validate-sheet.ts';

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function showSidebar(): void {
  openSidebar();
}

export function showInsertTemplate(): void {
  openSidebar('insert');
}

export function showSettings(): void {
  openSidebar('settings');
}

export function getSettings(): SettingsView {
  return getSettingsView();
}

export function saveSettings(input: SettingsInput): SettingsView {
  return saveSettingsInput(input);
}

export function insertTemplate(choice: CorridorChoice): InsertOutcome {
  return insertTemplateTabs(choice);
}

export function validateSheet(): ValidateOutcome {
  return validateActiveSpreadsheet();
}

export function assessSheet(choice?: AssessChoice): AssessOutcome {
  return assessActiveSpreadsheet(choice);
}

export function shareForReview(): ReviewOutcome {
  return shareActiveSpreadsheet();
}

export function getProgress(): Progress | null {
  return readProgress();
}

/** Selects an issue's cell (or its tab when the issue names no cell). */
export function selectCell(cell: string): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const address = parseCellAddress(cell);
  const sheet = spreadsheet.getSheetByName(address.tab);
  if (!sheet) throw new AddonError(`There is no tab called ${address.tab} any more.`);
  sheet.activate();
  if (address.row !== undefined && address.column !== undefined)
    sheet.getRange(address.row, address.column).activate();
}

export function menuValidate(): void {
  runFromMenu(() => {
    const outcome = validateActiveSpreadsheet();
    return outcome.issues.length === 0
      ? 'No issues found.'
      : `${outcome.issues.length} issue(s) found; the cells are highlighted with a note. Open the sidebar to go through them.`;
  });
}

export function menuAssess(): void {
  runFromMenu(() => assessMessage(assessActiveSpreadsheet()));
}

export function menuAssessWithUncertainty(): void {
  runFromMenu(() => assessMessage(assessActiveSpreadsheet({ uncertainty: true })));
}

function assessMessage(outcome: AssessOutcome): string {
  return outcome.ok
    ? `Benchmark written for ${outcome.corridors} corridor(s): ${outcome.tabs.join(', ')}.`
    : `${outcome.errors} error(s) prevented scoring; see the Validation tab. The previous benchmark was kept.`;
}

export function menuShare(): void {
  runFromMenu(() => `Partner review link: ${shareActiveSpreadsheet().link}`);
}
