/**
 * Lays a tab draft out as a generated tab and its patches: banner rows, then
 * each section as a title row, a header row and its data, one blank row apart.
 * @module
 */
import { columnLetter, rangeA1 } from '../../contract/a1.ts';
import type {
  CellFormat,
  ChartSpec,
  ColourScale,
  GeneratedTab,
  Patch,
} from '../../contract/patch.ts';
import type { CellValue } from '../../contract/workbook.ts';
import { BANNER, BANNER_ROWS } from './banner.ts';
import type { Section, TabDraft } from './draft.ts';
import { rowHeight } from './row-height.ts';
import { userText } from './text.ts';

const TAB_COLOUR = '#1F4E79';
const BANNER_FORMAT: CellFormat = { bold: true, color: '#FFFFFF', background: '#1F4E79' };
const TITLE_FORMAT: CellFormat = { bold: true };
const HEADER_FORMAT: CellFormat = { bold: true, background: '#D9E2F3', wrap: true };
const RED = '#F8696B';
const YELLOW = '#FFEB84';
const GREEN = '#63BE7B';

interface Context {
  generatedAt: string;
  summary: string;
}

const pad = <T>(row: T[], width: number, fill: T): T[] => [
  ...row,
  ...Array<T>(Math.max(0, width - row.length)).fill(fill),
];

/** The cell formats of one section, one shared object per number format and background. */
function formatCache(): (
  format: string | undefined,
  background: string | undefined,
) => CellFormat | null {
  const byFormat = new Map<string, Map<string, CellFormat>>();
  return (format, background) => {
    if (!format && !background) return null;
    const f = format || '';
    const b = background || '';
    let byBackground = byFormat.get(f);
    if (!byBackground) {
      byBackground = new Map();
      byFormat.set(f, byBackground);
    }
    let cell = byBackground.get(b);
    if (!cell) {
      // set key by key (same order) rather than spreading two temporary objects
      cell = {};
      if (format) cell.numberFormat = format;
      if (background) cell.background = background;
      byBackground.set(b, cell);
    }
    return cell;
  };
}

/** A section laid out; `header` is its header row's index in the patch, the one row whose cells wrap. */
interface LaidSection {
  patch: Patch;
  scales: ColourScale[];
  chart?: ChartSpec;
  header: number;
}

function sectionPatch(tab: string, section: Section, top: number): LaidSection {
  const columns = section.columns;
  const width = Math.max(1, columns.length);
  const hasNotes = columns.some((c) => c.note);
  const values: CellValue[][] = [
    pad<CellValue>([section.title], width, null),
    columns.map((c) => c.header),
  ];
  const formats: (CellFormat | null)[][] = [
    pad<CellFormat | null>([TITLE_FORMAT], width, null),
    columns.map(() => HEADER_FORMAT),
  ];
  const notes: (string | null)[][] = [
    pad<string | null>([], width, null),
    columns.map((c) => c.note ?? null),
  ];
  // data rows have no notes: one row of nulls serves them all (only read, never changed)
  const noNotes = pad<string | null>([], width, null);
  const formatOf = formatCache();
  // most rows have neither backgrounds nor cell formats: their formats are the columns' own,
  // one row of them shared by all such rows (only read, never changed, as noNotes)
  const columnFormats = columns.map((c) => formatOf(c.format, undefined));
  let lastBackgrounds: readonly (string | null)[] | undefined;
  let lastCellFormats: readonly (string | null)[] | undefined;
  let lastFormats: (CellFormat | null)[] | undefined;
  const rows = section.rows;
  for (let r = 0; r < rows.length; r++) {
    // the draft's own row, padded by push: packed arrays (JSON.stringify takes a slower path over holey ones)
    const cells = rows[r]!;
    for (let i = 0; i < cells.length; i++) {
      const v = cells[i];
      if (typeof v === 'string') cells[i] = userText(v);
    }
    while (cells.length < width) cells.push(null);
    values.push(cells);
    const backgrounds = section.backgrounds?.[r];
    const cellFormats = section.cellFormats?.[r];
    if (backgrounds === undefined && cellFormats === undefined) {
      formats.push(columnFormats);
    } else if (
      lastFormats !== undefined &&
      sameCells(backgrounds, lastBackgrounds) &&
      sameCells(cellFormats, lastCellFormats)
    ) {
      // the same overrides as the row before: its formats row, shared (only read)
      formats.push(lastFormats);
    } else {
      // the columns' formats, then the cells the overrides reach (a cell with neither keeps its column's)
      const rowFormats = columnFormats.slice();
      const reach = Math.min(
        columns.length,
        Math.max(backgrounds?.length ?? 0, cellFormats?.length ?? 0),
      );
      for (let i = 0; i < reach; i++) {
        const background = backgrounds?.[i] ?? undefined;
        const cellFormat = cellFormats?.[i];
        if (background !== undefined || (cellFormat !== undefined && cellFormat !== null))
          rowFormats[i] = formatOf(cellFormat ?? columns[i]!.format, background);
      }
      formats.push(rowFormats);
      lastBackgrounds = backgrounds;
      lastCellFormats = cellFormats;
      lastFormats = rowFormats;
    }
    if (hasNotes) notes.push(noNotes);
  }
  const bottom = top + values.length - 1;
  const firstData = top + 2;
  const column = (i: number) => columnLetter(i + 1);
  const dataRange = (i: number) =>
    `${column(i)}${firstData}:${column(i)}${Math.max(firstData, bottom)}`;
  const scales: ColourScale[] = [];
  if (section.rows.length > 0) {
    for (const i of section.scaleColumns ?? [])
      scales.push({ range: dataRange(i), minColour: RED, midColour: YELLOW, maxColour: GREEN });
    for (const i of section.reverseScaleColumns ?? [])
      scales.push({ range: dataRange(i), minColour: GREEN, midColour: YELLOW, maxColour: RED });
  }
  const patch: Patch = {
    tab,
    range: rangeA1(top, 1, bottom, width),
    values,
    formats,
    ...(hasNotes ? { notes } : {}),
  };
  const c = section.chart;
  if (!c || section.rows.length === 0) return { patch, scales, header: 1 };
  const chart: ChartSpec = {
    type: c.type,
    title: c.title,
    categories: dataRange(c.categoryColumn),
    series: c.seriesColumns.map((i) => ({
      name: section.columns[i]?.header ?? '',
      range: dataRange(i),
    })),
    anchor: `${column(width + 1)}${top}`,
  };
  return { patch, scales, chart, header: 1 };
}

/** Whether two rows of overrides hold the same cells (both absent counts as the same). */
function sameCells(
  a: readonly (string | null)[] | undefined,
  b: readonly (string | null)[] | undefined,
): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Heights for the rows whose wrapped cells need more than one line, patch by patch: of each patch
 * only the rows `wrapRows` names are asked (undefined: every row, for the banner; a section's
 * header only, as its title and data rows take formats that never wrap).
 */
function heights(
  patches: readonly Patch[],
  wrapRows: readonly (readonly number[] | undefined)[],
  widths: readonly number[],
): { row: number; height: number }[] {
  const out: { row: number; height: number }[] = [];
  for (let k = 0; k < patches.length; k++) {
    const p = patches[k]!;
    const top = Number(/\d+/.exec(p.range)?.[0] ?? 1);
    const rows = wrapRows[k];
    const n = rows === undefined ? p.values.length : rows.length;
    for (let j = 0; j < n; j++) {
      const r = rows === undefined ? j : rows[j]!;
      if (r >= p.values.length || !wraps(p.formats?.[r])) continue;
      const h = rowHeight(p.values[r]!, widths);
      if (h !== null) out.push({ row: top + r, height: h });
    }
  }
  return out;
}

/** Whether any cell of a row wraps (plain loops: every row of every patch is asked). */
function wraps(formats: readonly (CellFormat | null)[] | undefined): boolean {
  if (formats === undefined) return false;
  for (let i = 0; i < formats.length; i++) if (formats[i]?.wrap) return true;
  return false;
}

/**
 * Renders one tab: its GeneratedTab (frozen banner, widths, colour scales,
 * charts) and the patches that fill it. Every string cell of the sections
 * goes through safe text. The draft is used up: its section rows become the
 * patches' rows (made safe and padded where they are, not copied), so pass a
 * draft made for this call.
 */
export function layOutTab(
  draft: TabDraft,
  context: Context,
): { tab: GeneratedTab; patches: Patch[] } {
  const width = Math.max(2, ...draft.sections.map((s) => s.columns.length));
  const head: CellValue[][] = [
    [BANNER],
    ['Generated at', context.generatedAt],
    ['Method', context.summary],
    ['About', draft.about],
    [],
  ];
  const patches: Patch[] = [
    {
      tab: draft.name,
      range: rangeA1(1, 1, BANNER_ROWS, width),
      values: head.map((r) => pad(r, width, null)),
      formats: head.map((_, i) =>
        pad<CellFormat | null>(
          i === 0 ? [BANNER_FORMAT] : [TITLE_FORMAT],
          width,
          i === 0 ? BANNER_FORMAT : null,
        ),
      ),
    },
  ];
  const colourScales: ColourScale[] = [];
  const charts: ChartSpec[] = [];
  let top = BANNER_ROWS + 1;
  // per patch, the rows that may wrap (undefined: every row, for the banner)
  const wrapRows: (readonly number[] | undefined)[] = [undefined];
  for (const section of draft.sections) {
    const laid = sectionPatch(draft.name, section, top);
    patches.push(laid.patch);
    wrapRows.push([laid.header]);
    colourScales.push(...laid.scales);
    if (laid.chart) charts.push(laid.chart);
    top += laid.patch.values.length + 1;
  }
  const columnWidths = Array.from({ length: width }, (_, i) =>
    Math.max(10, ...draft.sections.map((s) => s.columns[i]?.width ?? 0)),
  );
  // one table: freeze through its header; several: the banner only
  const frozenRows = draft.sections.length === 1 ? BANNER_ROWS + 2 : BANNER_ROWS - 1;
  const tab: GeneratedTab = { name: draft.name, frozenRows, columnWidths, tabColour: TAB_COLOUR };
  const rowHeights = heights(patches, wrapRows, columnWidths);
  if (rowHeights.length > 0) tab.rowHeights = rowHeights;
  if (colourScales.length > 0) tab.colourScales = colourScales;
  if (charts.length > 0) tab.charts = charts;
  return { tab, patches };
}
