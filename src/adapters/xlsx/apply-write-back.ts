/**
 * Applies a WriteBack to an exceljs workbook in memory: generated tabs are
 * removed and rebuilt, input tabs are never touched. Strings are stored as
 * strings (exceljs never turns a string into a formula), so nothing runs.
 * @module
 */
import type ExcelJS from 'exceljs';
import { parseRange } from '../../core/contract/a1.ts';
import { resolveGeneratedNames } from '../../core/contract/generated-names.ts';
import {
  type GeneratedTab,
  type Patch,
  scaleColours,
  type WriteBack,
} from '../../core/contract/patch.ts';
import { applyFormat, argb } from './cell-style.ts';
import { applyValidations } from './data-validation.ts';
import { GENERATED_REGISTRY, readRegistry, writeRegistry } from './generated-registry.ts';

/** @returns generated tab name -> the name it was written under */
export function applyWriteBack(excel: ExcelJS.Workbook, writeBack: WriteBack): Map<string, string> {
  const ours = readRegistry(excel);
  const existing = excel.worksheets.map((s) => s.name).filter((n) => n !== GENERATED_REGISTRY);
  const names = resolveGeneratedNames(
    existing,
    ours,
    writeBack.tabs.map((t) => t.name),
  );
  // only tabs we generated before are removed: the new run replaces them whole
  for (const name of ours) {
    const sheet = excel.getWorksheet(name);
    if (sheet && [...names.values()].includes(name)) excel.removeWorksheet(sheet.id);
  }
  for (const tab of writeBack.tabs) addTab(excel, tab, names.get(tab.name)!);
  for (const patch of writeBack.patches) {
    const sheet = excel.getWorksheet(names.get(patch.tab) ?? '');
    if (sheet) writePatch(sheet, patch);
  }
  const kept = [...ours].filter((n) => excel.getWorksheet(n) && ![...names.values()].includes(n));
  writeRegistry(excel, [...kept, ...names.values()]);
  return names;
}

/** Adds a tab with its layout: frozen rows, widths, row heights, colour scales, validations. */
export function addTab(
  excel: ExcelJS.Workbook,
  tab: GeneratedTab,
  name: string,
): ExcelJS.Worksheet {
  const sheet = excel.addWorksheet(name, {
    views: tab.frozenRows > 0 ? [{ state: 'frozen', ySplit: tab.frozenRows }] : [],
    ...(tab.tabColour ? { properties: { tabColor: { argb: argb(tab.tabColour) } } } : {}),
  });
  tab.columnWidths?.forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  // wrapped headers and messages: LibreOffice and Excel do not grow a row written by a program
  for (const { row, height } of tab.rowHeights ?? []) sheet.getRow(row).height = height;
  for (const scale of tab.colourScales ?? []) {
    const colours = scaleColours(scale);
    const cfvo = scale.midColour
      ? [{ type: 'min' }, { type: 'percentile', value: 50 }, { type: 'max' }]
      : [{ type: 'min' }, { type: 'max' }];
    sheet.addConditionalFormatting({
      ref: scale.range,
      rules: [
        { type: 'colorScale', priority: 1, cfvo, color: colours.map((c) => ({ argb: argb(c) })) },
      ],
    } as ExcelJS.ConditionalFormattingOptions);
  }
  applyValidations(sheet, tab.validations ?? []);
  return sheet;
}

export function writePatch(sheet: ExcelJS.Worksheet, patch: Patch): void {
  const range = parseRange(patch.range);
  if (!range) return;
  const { row: top, column: left } = range.start;
  patch.values.forEach((cells, r) => {
    const row = sheet.getRow(top + r);
    cells.forEach((value, c) => {
      const cell = row.getCell(left + c);
      if (value !== null) cell.value = value;
      const format = patch.formats?.[r]?.[c];
      if (format) applyFormat(cell, format);
      const note = patch.notes?.[r]?.[c];
      if (note) cell.note = note;
    });
  });
}
