/**
 * exceljs cannot write native Excel charts, so each ChartSpec becomes a PNG
 * picture of the same data, anchored where the chart would go. When the
 * native renderer cannot load, the tab simply has no picture.
 * @module
 */
import type ExcelJS from 'exceljs';
import { type ChartData, chartSvg } from '../../core/chart/chart-svg.ts';
import { parseCell, parseRange } from '../../core/contract/a1.ts';
import type { ChartSpec } from '../../core/contract/patch.ts';
import { toCellValue } from './cell-value.ts';

type Render = (svg: string) => Uint8Array;

let renderer: Render | null | undefined;
const OPTIONS = { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } };

export async function loadRenderer(): Promise<Render | null> {
  if (renderer !== undefined) return renderer;
  try {
    const { Resvg } = await import('@resvg/resvg-js');
    renderer = (svg) => new Resvg(svg, OPTIONS).render().asPng();
  } catch {
    renderer = null;
  }
  return renderer;
}

let asyncRenderer: ((svg: string) => Promise<Uint8Array>) | null | undefined;

/**
 * The same renderer, run on libuv's thread pool (resvg's renderAsync gives
 * the same PNG bytes), so pictures render while the sheets are written.
 */
export async function loadAsyncRenderer(): Promise<((svg: string) => Promise<Uint8Array>) | null> {
  if (asyncRenderer !== undefined) return asyncRenderer;
  try {
    const { renderAsync } = await import('@resvg/resvg-js');
    asyncRenderer = async (svg) => (await renderAsync(svg, OPTIONS)).asPng();
  } catch {
    asyncRenderer = null;
  }
  return asyncRenderer;
}

function column(sheet: ExcelJS.Worksheet, range: string): (string | number | null)[] {
  const r = parseRange(range);
  if (!r) return [];
  const out: (string | number | null)[] = [];
  for (let row = r.start.row; row <= r.end.row; row++) {
    const v = toCellValue(sheet.getCell(row, r.start.column).value);
    out.push(typeof v === 'boolean' ? String(v) : v);
  }
  return out;
}

export function chartData(sheet: ExcelJS.Worksheet, spec: ChartSpec): ChartData {
  return {
    categories: column(sheet, spec.categories).map((c) => (c === null ? '' : String(c))),
    series: spec.series.map((s) => ({
      name: s.name,
      values: column(sheet, s.range).map((v) =>
        typeof v === 'number' && Number.isFinite(v) ? v : null,
      ),
    })),
  };
}

/** @returns how many pictures were added */
export async function addChartImages(
  excel: ExcelJS.Workbook,
  sheet: ExcelJS.Worksheet,
  charts: ChartSpec[],
): Promise<number> {
  const render = charts.length > 0 ? await loadRenderer() : null;
  if (!render) return 0;
  let added = 0;
  for (const spec of charts) {
    const data = chartData(sheet, spec);
    const anchor = parseCell(spec.anchor);
    if (!anchor || data.categories.length === 0) continue;
    const svg = chartSvg(spec, data);
    const png = render(svg);
    const [w, h] = [640, Number(/height="(\d+)"/.exec(svg)?.[1] ?? 300)];
    const id = excel.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
    sheet.addImage(id, {
      tl: { col: anchor.column - 1, row: anchor.row - 1 },
      ext: { width: w, height: h },
    });
    added++;
  }
  return added;
}

/** Adds the pictures for every generated tab's charts, after the patches are written. */
export async function renderChartImages(
  excel: ExcelJS.Workbook,
  tabs: { name: string; charts?: ChartSpec[] }[],
  names: Map<string, string>,
): Promise<number> {
  let added = 0;
  for (const tab of tabs) {
    const sheet = excel.getWorksheet(names.get(tab.name) ?? tab.name);
    if (sheet && tab.charts?.length) added += await addChartImages(excel, sheet, tab.charts);
  }
  return added;
}
