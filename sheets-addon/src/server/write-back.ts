/**
 * Writes generated tabs so that the previous ones survive any failure: every
 * new tab is built under a temporary name first, and only when all of them
 * are complete are the old ones deleted and the new ones renamed.
 * @module
 */
import { resolveGeneratedNames } from '../../../src/core/contract/generated-names.ts';
import type { WriteBack } from '../../../src/core/contract/patch.ts';
import { AddonError } from './addon-error.ts';
import { applyTabValidations, buildTab, patchesByTab } from './build-tab.ts';
import { BUILDING_KEY, GENERATED_KEY, isBuilding, isGenerated, mark } from './generated-tabs.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Deletes tabs left half-built by an execution that was stopped (e.g. at 6 minutes). */
export function removeLeftovers(spreadsheet: Spreadsheet): number {
  let removed = 0;
  for (const sheet of spreadsheet.getSheets()) {
    if (isBuilding(sheet)) {
      spreadsheet.deleteSheet(sheet);
      removed++;
    }
  }
  return removed;
}

function temporaryName(spreadsheet: Spreadsheet, name: string): string {
  let candidate = `~building ${name}`.slice(0, 100);
  for (let i = 2; spreadsheet.getSheetByName(candidate); i++)
    candidate = `~building ${i} ${name}`.slice(0, 100);
  return candidate;
}

/**
 * @param onTab called before each tab is built (for progress)
 * @returns the names the tabs were written under (a user's own tab is never replaced)
 */
export function writeGeneratedTabs(
  spreadsheet: Spreadsheet,
  writeBack: WriteBack,
  onTab: (index: number, total: number, name: string) => void = () => {},
): string[] {
  removeLeftovers(spreadsheet);
  const byTab = patchesByTab(writeBack.tabs, writeBack.patches);
  const activeName = spreadsheet.getActiveSheet().getName();
  const built: Sheet[] = [];
  let plan: { sheet: Sheet; name: string; logical: string; old: Sheet | null }[];
  try {
    writeBack.tabs.forEach((tab, i) => {
      onTab(i, writeBack.tabs.length, tab.name);
      const sheet = spreadsheet.insertSheet(
        temporaryName(spreadsheet, tab.name),
        spreadsheet.getNumSheets(),
      );
      built.push(sheet);
      mark(sheet, BUILDING_KEY, tab.name);
      buildTab(sheet, tab, byTab.get(tab.name) ?? []);
    });
    writeBack.tabs.forEach((tab, i) => {
      applyTabValidations(built[i]!, tab);
    });
    plan = swapPlan(spreadsheet, writeBack, built);
  } catch (error) {
    for (const sheet of built) spreadsheet.deleteSheet(sheet);
    spreadsheet.getSheetByName(activeName)?.activate();
    throw error;
  }
  for (const { sheet, name, logical, old } of plan) {
    const position = old ? old.getIndex() : null;
    if (old) spreadsheet.deleteSheet(old);
    sheet.setName(name);
    mark(sheet, GENERATED_KEY, logical);
    if (position !== null) {
      spreadsheet.setActiveSheet(sheet);
      spreadsheet.moveActiveSheet(position);
    }
  }
  // The active tab may have been one of the replaced ones: same name, new sheet.
  spreadsheet.getSheetByName(activeName)?.activate();
  SpreadsheetApp.flush();
  return plan.map((p) => p.name);
}

/**
 * Which built sheet takes which name, and the old tab it replaces. Sheets
 * compares tab names without case, so the old tab is checked to be ours
 * before anything is deleted.
 */
function swapPlan(spreadsheet: Spreadsheet, writeBack: WriteBack, built: Sheet[]) {
  const sheets = spreadsheet.getSheets();
  const ours = new Set(sheets.filter(isGenerated).map((s) => s.getName()));
  const names = resolveGeneratedNames(
    sheets.map((s) => s.getName()),
    ours,
    writeBack.tabs.map((t) => t.name),
  );
  return writeBack.tabs.map((tab, i) => {
    const name = names.get(tab.name) ?? tab.name;
    const old = spreadsheet.getSheetByName(name);
    if (old && !isGenerated(old)) {
      throw new AddonError(
        `The tab "${old.getName()}" was not written by Corridor Monitor but takes the name "${name}"; rename it and assess again. Nothing was changed.`,
      );
    }
    return { sheet: built[i]!, name, logical: tab.name, old };
  });
}
