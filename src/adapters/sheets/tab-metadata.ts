/**
 * What one spreadsheets.get tells us about each tab, and which tabs are ours:
 * recognised by developer metadata, never by name.
 * @module
 */
import type { Spreadsheet } from './transport.ts';

/** Developer-metadata key on every tab Corridor Monitor generated; the value is the tab's logical name. */
export const GENERATED_KEY = 'corridor-monitor:generated';

/** Marks a tab the Apps Script add-on is still building; it is neither input nor finished output. */
export const BUILDING_KEY = 'corridor-monitor:building';

/** The field mask of the single spreadsheets.get per spreadsheet. */
export const SPREADSHEET_FIELDS =
  'spreadsheetId,properties.title,sheets(properties(sheetId,title,index,sheetType,gridProperties),developerMetadata,conditionalFormats,charts.chartId,protectedRanges.protectedRangeId)';

export interface TabInfo {
  sheetId: number;
  title: string;
  isGrid: boolean;
  /** The logical name this tab was generated for, when it is ours. */
  generatedAs?: string;
  /** Left half-built by the add-on: never read as input. */
  building: boolean;
  conditionalFormatCount: number;
  chartIds: number[];
  protectedRangeIds: number[];
}

export function tabsOf(spreadsheet: Spreadsheet): TabInfo[] {
  return (spreadsheet.sheets ?? []).map((sheet) => {
    const p = sheet.properties ?? {};
    const mark = (sheet.developerMetadata ?? []).find((m) => m.metadataKey === GENERATED_KEY);
    return {
      sheetId: p.sheetId ?? 0,
      title: p.title ?? '',
      isGrid: (p.sheetType ?? 'GRID') === 'GRID',
      ...(mark?.metadataValue ? { generatedAs: mark.metadataValue } : {}),
      building: (sheet.developerMetadata ?? []).some((m) => m.metadataKey === BUILDING_KEY),
      conditionalFormatCount: sheet.conditionalFormats?.length ?? 0,
      chartIds: (sheet.charts ?? []).flatMap((c) =>
        typeof c.chartId === 'number' ? [c.chartId] : [],
      ),
      protectedRangeIds: (sheet.protectedRanges ?? []).flatMap((r) =>
        typeof r.protectedRangeId === 'number' ? [r.protectedRangeId] : [],
      ),
    };
  });
}
