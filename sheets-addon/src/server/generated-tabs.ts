/**
 * Which tabs Corridor Monitor wrote: marked with developer metadata on the
 * sheet, so a user's own tab with the same name is never mistaken for ours.
 * @module
 */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const METADATA_KEY = 'corridor-monitor';
/** A finished generated tab. */
export const GENERATED = 'generated';
/** A tab being built, not yet swapped in; removed if anything fails. */
export const BUILDING = 'building';

export function marker(sheet: Sheet): string | null {
  for (const meta of sheet.getDeveloperMetadata()) {
    if (meta.getKey() === METADATA_KEY) return meta.getValue();
  }
  return null;
}

export function setMarker(sheet: Sheet, value: string): void {
  for (const meta of sheet.getDeveloperMetadata()) {
    if (meta.getKey() === METADATA_KEY) meta.remove();
  }
  sheet.addDeveloperMetadata(METADATA_KEY, value);
}

export function isOurs(sheet: Sheet): boolean {
  return marker(sheet) !== null;
}
