/**
 * Fills one sheet as a GeneratedTab describes it: its patches, colour
 * scales, charts, frozen rows, column widths, tab colour; data validation
 * comes last, once every tab exists, since a drop-down may list another
 * tab's cells (e.g. `Catalogue!$A$2:$A$270`).
 * @module
 */
import { parseRange } from '../../../src/core/contract/a1.ts';
import type {
  ChartSpec,
  ColourScale,
  GeneratedTab,
  Patch,
} from '../../../src/core/contract/patch.ts';
import { AddonError } from './addon-error.ts';
import { applyPatch } from './apply-patch.ts';
import { applyValidation } from './validation-rules.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function colourScaleRule(
  sheet: Sheet,
  scale: ColourScale,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  let builder = SpreadsheetApp.newConditionalFormatRule()
    .setGradientMinpoint(scale.minColour)
    .setGradientMaxpoint(scale.maxColour);
  if (scale.midColour) {
    builder = builder.setGradientMidpointWithValue(
      scale.midColour,
      SpreadsheetApp.InterpolationType.PERCENTILE,
      '50',
    );
  }
  return builder.setRanges([sheet.getRange(scale.range)]).build();
}

function insertChart(sheet: Sheet, spec: ChartSpec): void {
  const base = sheet.newChart();
  const typed =
    spec.type === 'bar'
      ? base.asBarChart()
      : spec.type === 'line'
        ? base.asLineChart()
        : base.asColumnChart();
  let builder: GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder = typed;
  builder = builder.addRange(sheet.getRange(spec.categories));
  for (const series of spec.series) builder = builder.addRange(sheet.getRange(series.range));
  const anchor = parseRange(spec.anchor)?.start ?? { row: 1, column: 1 };
  builder = builder.setOption('title', spec.title).setPosition(anchor.row, anchor.column, 0, 0);
  sheet.insertChart(builder.build());
}

export function buildTab(sheet: Sheet, tab: GeneratedTab, patches: readonly Patch[]): void {
  for (const patch of patches) applyPatch(sheet, patch);
  if (tab.colourScales?.length) {
    sheet.setConditionalFormatRules(tab.colourScales.map((scale) => colourScaleRule(sheet, scale)));
  }
  for (const chart of tab.charts ?? []) insertChart(sheet, chart);
  if (tab.frozenRows > 0) sheet.setFrozenRows(tab.frozenRows);
  tab.columnWidths?.forEach((width, i) => {
    if (width > 0) sheet.setColumnWidth(i + 1, width);
  });
  if (tab.tabColour) sheet.setTabColor(tab.tabColour);
}

/** Call once every tab of the same write exists. */
export function applyTabValidations(sheet: Sheet, tab: GeneratedTab): void {
  for (const rule of tab.validations ?? []) applyValidation(sheet, rule);
}

/** Patches grouped by the tab they name; a patch for a tab not in the list is an error. */
export function patchesByTab(
  tabs: readonly GeneratedTab[],
  patches: readonly Patch[],
): Map<string, Patch[]> {
  const out = new Map<string, Patch[]>(tabs.map((t) => [t.name, []]));
  for (const patch of patches) {
    const list = out.get(patch.tab);
    if (!list)
      throw new AddonError(
        `The API sent a patch for "${patch.tab}", which is not one of the tabs it generates.`,
      );
    list.push(patch);
  }
  return out;
}
