/**
 * Turns a WriteBack into the requests of one batchUpdate: each generated tab
 * is added (with our developer metadata) or, when we generated it before,
 * cleared in place; then values, formats, notes and decorations go in.
 * @module
 */
import { parseRange, quotedTab, splitA1 } from '../../core/contract/a1.ts';
import { resolveGeneratedNames } from '../../core/contract/generated-names.ts';
import type { GeneratedTab, WriteBack } from '../../core/contract/patch.ts';
import { cellData, colour } from './cell-data.ts';
import { cover } from './grid-range.ts';
import { decorationRequests } from './tab-decorations.ts';
import { GENERATED_KEY, type TabInfo } from './tab-metadata.ts';
import type { SheetsRequest } from './transport.ts';

export interface WritePlan {
  requests: SheetsRequest[];
  /** Logical tab name -> the title it is written under. */
  titles: Map<string, string>;
}

/** @throws Error when a patch targets a tab the WriteBack does not generate (a bug upstream). */
export function planWrite(existing: readonly TabInfo[], writeBack: WriteBack): WritePlan {
  const ours = new Map(existing.filter((t) => t.generatedAs).map((t) => [t.generatedAs!, t]));
  const fresh = writeBack.tabs.filter((t) => !ours.has(t.name)).map((t) => t.name);
  const resolved = resolveGeneratedNames(
    existing.map((t) => t.title),
    new Set(),
    fresh,
  );
  const titles = new Map<string, string>();
  const ids = new Map<string, number>();
  let nextId = Math.max(0, ...existing.map((t) => t.sheetId)) + 1;
  for (const tab of writeBack.tabs) {
    const old = ours.get(tab.name);
    titles.set(tab.name, old?.title ?? resolved.get(tab.name)!);
    ids.set(tab.name, old?.sheetId ?? nextId++);
  }
  const renameTab = (a1: string) => {
    const { tab = '', range } = splitA1(a1);
    return titles.has(tab) ? `${quotedTab(titles.get(tab)!)}!${range}` : a1;
  };
  const requests: SheetsRequest[] = [];
  for (const tab of writeBack.tabs) {
    const sheetId = ids.get(tab.name)!;
    requests.push(
      ...resetTab(
        tab,
        sheetId,
        titles.get(tab.name)!,
        ours.get(tab.name),
        writeBack,
        existing.length,
      ),
    );
  }
  for (const patch of writeBack.patches) {
    const sheetId = ids.get(patch.tab);
    const start = parseRange(patch.range)?.start;
    if (sheetId === undefined)
      throw new Error(`Patch for tab "${patch.tab}" but that tab is not in the WriteBack's tabs`);
    if (!start)
      throw new Error(`Patch for tab "${patch.tab}" has an invalid range "${patch.range}"`);
    requests.push({
      updateCells: {
        start: { sheetId, rowIndex: start.row - 1, columnIndex: start.column - 1 },
        rows: patch.values.map((row, i) => ({
          values: row.map((v, j) => cellData(v, patch.formats?.[i]?.[j], patch.notes?.[i]?.[j])),
        })),
        fields: 'userEnteredValue,userEnteredFormat,note',
      },
    });
  }
  for (const tab of writeBack.tabs)
    requests.push(...decorationRequests(ids.get(tab.name)!, tab, renameTab));
  return { requests, titles };
}

/** Add the tab, or empty our old one of everything we put there last time. */
function resetTab(
  tab: GeneratedTab,
  sheetId: number,
  title: string,
  old: TabInfo | undefined,
  wb: WriteBack,
  tabCount: number,
): SheetsRequest[] {
  const size = extentOf(tab, wb);
  const gridProperties = {
    rowCount: size.rows,
    columnCount: size.columns,
    frozenRowCount: tab.frozenRows,
  };
  const tabColorStyle = tab.tabColour ? colour(tab.tabColour) : undefined;
  if (!old) {
    return [
      {
        addSheet: {
          properties: {
            sheetId,
            title,
            index: tabCount,
            gridProperties,
            ...(tabColorStyle ? { tabColorStyle } : {}),
          },
        },
      },
      {
        createDeveloperMetadata: {
          developerMetadata: {
            metadataKey: GENERATED_KEY,
            metadataValue: tab.name,
            location: { sheetId },
            visibility: 'DOCUMENT',
          },
        },
      },
    ];
  }
  const out: SheetsRequest[] = [];
  for (let i = old.conditionalFormatCount - 1; i >= 0; i--)
    out.push({ deleteConditionalFormatRule: { sheetId, index: i } });
  for (const objectId of old.chartIds) out.push({ deleteEmbeddedObject: { objectId } });
  for (const protectedRangeId of old.protectedRangeIds)
    out.push({ deleteProtectedRange: { protectedRangeId } });
  out.push({
    updateCells: {
      range: { sheetId },
      fields: 'userEnteredValue,userEnteredFormat,note,dataValidation',
    },
  });
  out.push({
    updateSheetProperties: {
      properties: { sheetId, gridProperties, ...(tabColorStyle ? { tabColorStyle } : {}) },
      fields: `gridProperties(rowCount,columnCount,frozenRowCount)${tabColorStyle ? ',tabColorStyle' : ''}`,
    },
  });
  return out;
}

/** Rows and columns the tab needs: every patch, rule and chart (with room for the chart itself). */
function extentOf(tab: GeneratedTab, wb: WriteBack): { rows: number; columns: number } {
  const extent = { rows: tab.frozenRows + 1, columns: Math.max(1, tab.columnWidths?.length ?? 0) };
  for (const p of wb.patches) {
    const start = p.tab === tab.name ? parseRange(p.range)?.start : undefined;
    if (!start) continue;
    extent.rows = Math.max(extent.rows, start.row - 1 + p.values.length);
    extent.columns = Math.max(
      extent.columns,
      start.column - 1 + Math.max(0, ...p.values.map((r) => r.length)),
    );
  }
  for (const s of tab.colourScales ?? []) cover(extent, s.range);
  for (const v of tab.validations ?? []) cover(extent, v.range);
  for (const c of tab.charts ?? []) cover(extent, c.anchor, 20, 6);
  return extent;
}
