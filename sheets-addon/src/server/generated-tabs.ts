/**
 * Which tabs Corridor Monitor wrote: marked with developer metadata on the
 * sheet, so a user's own tab with the same name is never mistaken for ours.
 * The key and value are those of the Sheets adapter
 * (src/adapters/sheets/tab-metadata.ts), so a tab written by a coordinator's
 * recalculation and one written here are recognised alike.
 * @module
 */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Value: the tab's logical name (e.g. `Ranking` for a tab titled `Ranking (CM)`). */
export const GENERATED_KEY = 'corridor-monitor:generated';
/** A tab being built, not yet swapped in; removed if anything fails or by the next run. */
export const BUILDING_KEY = 'corridor-monitor:building';

function metadataValue(sheet: Sheet, key: string): string | null {
  for (const meta of sheet.getDeveloperMetadata()) {
    if (meta.getKey() === key) return meta.getValue() ?? '';
  }
  return null;
}

export const isGenerated = (sheet: Sheet): boolean => metadataValue(sheet, GENERATED_KEY) !== null;
export const isBuilding = (sheet: Sheet): boolean => metadataValue(sheet, BUILDING_KEY) !== null;
export const isOurs = (sheet: Sheet): boolean => isGenerated(sheet) || isBuilding(sheet);

/** Replaces any Corridor Monitor mark on the sheet with `key` = `logicalName`. */
export function mark(
  sheet: Sheet,
  key: typeof GENERATED_KEY | typeof BUILDING_KEY,
  logicalName: string,
): void {
  for (const meta of sheet.getDeveloperMetadata()) {
    if (meta.getKey() === GENERATED_KEY || meta.getKey() === BUILDING_KEY) meta.remove();
  }
  sheet.addDeveloperMetadata(key, logicalName);
}
