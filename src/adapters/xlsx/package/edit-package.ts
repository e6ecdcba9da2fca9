/**
 * Writes a WriteBack into an .xlsx package by editing the package itself:
 * only the generated tabs' parts (sheet, notes, pictures), the registry tab,
 * and the entries that list them (workbook.xml, its rels, [Content_Types].xml,
 * styles.xml) are added or replaced. Every other part of the input (charts,
 * drawings, pivot tables, comments, defined names, conditional formats, data
 * validation, hidden tabs, themes, custom XML) is copied raw, byte for byte.
 * @module
 */
import { posix } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { type ChartData, chartSvg } from '../../../core/chart/chart-svg.ts';
import { parseCell, parseRange } from '../../../core/contract/a1.ts';
import {
  GENERATED_REGISTRY,
  resolveGeneratedNames,
} from '../../../core/contract/generated-names.ts';
import type { ChartSpec, GeneratedTab, Patch, WriteBack } from '../../../core/contract/patch.ts';
import type { CellValue } from '../../../core/contract/workbook.ts';
import { commentsXml, drawingXml, notesVml, type Picture, relsXml } from './extras-xml.ts';
import { entryText, readRawEntries } from './read-raw.ts';
import { gridOf, sheetXml, type TabGrid } from './sheet-xml.ts';
import { EMPTY_STYLES, StyleBook } from './styles.ts';
import { escapeXml } from './xml-text.ts';
import { newEntryAsync, type RawEntry, zipChunks } from './zip-write.ts';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = {
  sheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
};

/** Renders a chart's SVG as PNG; a promise lets pictures render on other threads while the sheets are written. */
export type RenderPng = (svg: string) => Uint8Array | Promise<Uint8Array>;

interface SheetEntry {
  name: string;
  rid: string;
  part: string | undefined;
}

const attrOf = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const unescapeXml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const relsPathOf = (part: string) =>
  posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);

function resolveTarget(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return posix.normalize(posix.join(posix.dirname(from), target));
}

function parseRels(
  text: string,
  from: string,
): { id: string; type: string; target: string; external: boolean; raw: string }[] {
  return [...text.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map((m) => {
    const tag = m[0];
    const target = unescapeXml(attrOf(tag, 'Target') ?? '');
    const external = attrOf(tag, 'TargetMode') === 'External';
    return {
      id: attrOf(tag, 'Id') ?? '',
      type: attrOf(tag, 'Type') ?? '',
      target: external ? target : resolveTarget(from, target),
      external,
      raw: tag,
    };
  });
}

/** Registry names from the registry tab's values. */
export function registryNames(rows: readonly (readonly unknown[])[] | undefined): Set<string> {
  return new Set(
    (rows ?? [])
      .slice(1)
      .map((r) => r[0])
      .filter((v): v is string => typeof v === 'string' && v !== ''),
  );
}

export interface EditOptions {
  /** The registry tab's rows as read from the input (names of tabs generated before). */
  registry: readonly (readonly unknown[])[] | undefined;
  /** Write the tabs as the user's own: no registry tab (for building a fresh workbook from grids). */
  noRegistry?: boolean;
  /** Renders a chart's SVG as PNG; without it a tab has no chart pictures. */
  renderPng?: RenderPng | undefined;
}

export interface EditedPackage {
  /** The package in pieces, to write one after another (no copy of the whole). */
  chunks: Uint8Array[];
  /** The package as one buffer (joined on each read). */
  readonly bytes: Uint8Array;
  /** Generated tab name -> the name it was written under. */
  names: Map<string, string>;
}

/** @returns the new package and generated tab name -> the name written under */
export async function editPackage(
  input: Uint8Array,
  writeBack: WriteBack,
  options: EditOptions,
): Promise<EditedPackage> {
  const entries = await readRawEntries(input);
  const byName = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
  const get = (name: string) => byName.get(name.toLowerCase());
  const text = (name: string) => {
    const e = get(name);
    return e ? entryText(e) : undefined;
  };
  const rootRels = parseRels(text('_rels/.rels') ?? '', '');
  const workbookPart =
    rootRels.find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  let workbookXml = text(workbookPart);
  if (workbookXml === undefined) throw new Error('the package has no workbook part');
  const wbRelsPath = relsPathOf(workbookPart);
  const wbRelsText = text(wbRelsPath) ?? relsXml([]);
  const wbRels = parseRels(wbRelsText, workbookPart);
  const sheets: SheetEntry[] = [...workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map((m) => {
    const rid = attrOf(m[0], 'r:id') ?? '';
    return {
      name: unescapeXml(attrOf(m[0], 'name') ?? ''),
      rid,
      part: wbRels.find((r) => r.id === rid)?.target,
    };
  });

  const ours = registryNames(options.registry);
  const existing = sheets.map((s) => s.name).filter((n) => n !== GENERATED_REGISTRY);
  const names = resolveGeneratedNames(
    existing,
    ours,
    writeBack.tabs.map((t) => t.name),
  );
  const written = new Set(names.values());
  const kept = [...ours].filter((n) => existing.includes(n) && !written.has(n));
  const registryRows: CellValue[][] = [['generated_tab'], ...[...kept, ...written].map((n) => [n])];

  // parts of the tabs we replace: their old sheet part is rewritten, what it linked to goes
  const replaced = new Map<string, SheetEntry>();
  for (const s of sheets)
    if ((ours.has(s.name) && written.has(s.name)) || s.name === GENERATED_REGISTRY)
      replaced.set(s.name, s);
  const drop = new Set<string>();
  for (const s of replaced.values()) {
    if (!s.part) continue;
    const relsPath = relsPathOf(s.part);
    drop.add(relsPath.toLowerCase());
    for (const r of parseRels(text(relsPath) ?? '', s.part)) {
      if (r.external) continue;
      drop.add(r.target.toLowerCase());
      const inner = relsPathOf(r.target);
      drop.add(inner.toLowerCase());
      for (const r2 of parseRels(text(inner) ?? '', r.target))
        if (!r2.external) drop.add(r2.target.toLowerCase());
    }
  }
  // never drop a part some kept part still links to
  for (const e of entries) {
    if (!e.name.endsWith('.rels') || drop.has(e.name.toLowerCase())) continue;
    for (const r of parseRels(entryText(e), e.name.replace(/_rels\/(.*)\.rels$/, '$1')))
      drop.delete(r.target.toLowerCase());
  }

  // a dropped part's name may be used again by its replacement
  const taken = new Set(entries.map((e) => e.name.toLowerCase()).filter((n) => !drop.has(n)));
  const freshName = (pattern: (n: number) => string) => {
    for (let n = 1; ; n++) {
      const name = pattern(n);
      if (!taken.has(name.toLowerCase())) {
        taken.add(name.toLowerCase());
        return name;
      }
    }
  };
  const usedIds = new Set(wbRels.map((r) => r.id));
  const freshRid = () => {
    for (let n = 1; ; n++) {
      const id = `rIdCM${n}`;
      if (!usedIds.has(id)) {
        usedIds.add(id);
        return id;
      }
    }
  };

  const stylesRel = wbRels.find((r) => r.type.endsWith('/styles'));
  const stylesPart = stylesRel?.target ?? 'xl/styles.xml';
  const styles = new StyleBook(text(stylesPart) ?? EMPTY_STYLES);
  // entries are deflated (and pictures rendered) on the thread pool while the next part is built
  const out = new Map<string, Promise<RawEntry>>();
  const put = (name: string, data: string | Uint8Array | Promise<Uint8Array>) => {
    const entry =
      data instanceof Promise
        ? data.then((bytes) => newEntryAsync(name, bytes))
        : newEntryAsync(name, data);
    entry.catch(() => {}); // awaited below; this only keeps an early failure from counting as unhandled
    out.set(name.toLowerCase(), entry);
  };
  const overrides: [string, string][] = [];
  const newRels: string[] = [];
  const newSheets: string[] = [];
  let maxSheetId = Math.max(
    0,
    ...[...workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*\ssheetId="(\d+)"/g)].map((m) =>
      Number(m[1]),
    ),
  );
  let vmlBlock = 1 + entries.filter((e) => e.name.endsWith('.vml')).length;
  let needsPng = false;

  const writeTab = async (tab: GeneratedTab, name: string, patches: Patch[], hidden: boolean) => {
    const grid = gridOf(patches, styles);
    const old = replaced.get(name);
    const part = old?.part ?? freshName((n) => `xl/worksheets/sheet${n}.xml`);
    if (old?.part) taken.add(part.toLowerCase());
    const sheetRels: { id: string; type: string; target: string }[] = [];
    const links: { drawing?: string; legacyDrawing?: string } = {};
    if (grid.notes.length) {
      const comments = freshName((n) => `xl/comments${n}.xml`);
      const vml = freshName((n) => `xl/drawings/vmlDrawing${n}.vml`);
      put(comments, commentsXml(grid.notes));
      put(vml, notesVml(grid.notes, vmlBlock++));
      overrides.push([comments, CT.comments]);
      sheetRels.push({
        id: 'rId1',
        type: 'comments',
        target: posix.relative(posix.dirname(part), comments),
      });
      sheetRels.push({
        id: 'rId2',
        type: 'vmlDrawing',
        target: posix.relative(posix.dirname(part), vml),
      });
      links.legacyDrawing = 'rId2';
    }
    const pictures = options.renderPng
      ? chartPictures(tab.charts ?? [], grid, options.renderPng)
      : [];
    if (pictures.length) {
      const drawing = freshName((n) => `xl/drawings/drawing${n}.xml`);
      const drawingRels: { id: string; type: string; target: string }[] = [];
      const anchored: Picture[] = pictures.map((p, i) => {
        const media = freshName((n) => `xl/media/cm-chart${n}.png`);
        put(media, p.png);
        drawingRels.push({
          id: `rId${i + 1}`,
          type: 'image',
          target: posix.relative(posix.dirname(drawing), media),
        });
        return { ...p.picture, rel: `rId${i + 1}` };
      });
      put(drawing, drawingXml(anchored));
      put(relsPathOf(drawing), relsXml(drawingRels));
      overrides.push([drawing, CT.drawing]);
      sheetRels.push({
        id: 'rId3',
        type: 'drawing',
        target: posix.relative(posix.dirname(part), drawing),
      });
      links.drawing = 'rId3';
      needsPng = true;
    }
    put(part, sheetXml(tab, grid, links));
    if (sheetRels.length) put(relsPathOf(part), relsXml(sheetRels));
    if (!old?.part) {
      overrides.push([part, CT.sheet]);
      const rid = freshRid();
      newRels.push(
        `<Relationship Id="${rid}" Type="${REL}/worksheet" Target="${escapeXml(posix.relative(posix.dirname(workbookPart), part))}"/>`,
      );
      newSheets.push(
        `<sheet name="${escapeXml(name)}" sheetId="${++maxSheetId}"${hidden ? ' state="veryHidden"' : ''} r:id="${rid}"/>`,
      );
    }
  };

  for (const tab of writeBack.tabs) {
    const name = names.get(tab.name)!;
    // let finished deflates hand back their buffers, so a tab's XML is freed once it is deflated
    await setImmediate();
    await writeTab(
      tab,
      name,
      writeBack.patches.filter((p) => p.tab === tab.name),
      false,
    );
  }
  if (!options.noRegistry) {
    const registryTab: GeneratedTab = { name: GENERATED_REGISTRY, frozenRows: 0 };
    await writeTab(
      registryTab,
      GENERATED_REGISTRY,
      [{ tab: GENERATED_REGISTRY, range: `A1:A${registryRows.length}`, values: registryRows }],
      true,
    );
  }

  // the lists that name the parts
  if (newSheets.length) {
    if (!/r:id=/.test(newSheets.join('')) || /xmlns:r=/.test(workbookXml))
      workbookXml = workbookXml.replace(
        /<\/((?:\w+:)?)sheets>/,
        (_m, p: string) => `${newSheets.join('').replace(/<sheet/g, `<${p}sheet`)}</${p}sheets>`,
      );
    else
      workbookXml = workbookXml.replace(
        /<\/((?:\w+:)?)sheets>/,
        (_m, p: string) =>
          `${newSheets
            .join('')
            .replace(/<sheet/g, `<${p}sheet`)
            .replace(/ r:id=/g, ` xmlns:r="${REL}" r:id=`)}</${p}sheets>`,
      );
    put(workbookPart, workbookXml);
  }
  const relsNeeded = [...newRels];
  if (!stylesRel) {
    relsNeeded.push(
      `<Relationship Id="${freshRid()}" Type="${REL}/styles" Target="${posix.relative(posix.dirname(workbookPart), stylesPart)}"/>`,
    );
    overrides.push([stylesPart, CT.styles]);
  }
  if (relsNeeded.length)
    put(
      wbRelsPath,
      wbRelsText.replace(
        /<\/((?:\w+:)?)Relationships>/,
        `${relsNeeded.join('')}</$1Relationships>`,
      ),
    );
  const stylesXml = styles.toXml();
  if (stylesXml !== text(stylesPart)) put(stylesPart, stylesXml);

  let types = text('[Content_Types].xml') ?? '';
  for (const name of drop)
    types = types.replace(
      new RegExp(
        `<Override\\b[^>]*PartName="/${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*/>`,
        'i',
      ),
      '',
    );
  const defaults: string[] = [];
  if (needsPng && !/Extension="png"/i.test(types))
    defaults.push('<Default Extension="png" ContentType="image/png"/>');
  if ([...out.keys()].some((k) => k.endsWith('.vml')) && !/Extension="vml"/i.test(types))
    defaults.push(
      '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>',
    );
  const added = overrides
    .filter(
      ([part]) =>
        !new RegExp(`PartName="/${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`, 'i').test(types),
    )
    .map(([part, type]) => `<Override PartName="/${part}" ContentType="${type}"/>`);
  types = types.replace(/<\/Types>/, `${defaults.join('')}${added.join('')}</Types>`);
  put('[Content_Types].xml', types);

  // input parts in their order (replaced in place), then the new ones
  const made = new Map<string, RawEntry>();
  for (const [key, entry] of out) made.set(key, await entry);
  const final: RawEntry[] = [];
  for (const e of entries) {
    const key = e.name.toLowerCase();
    if (drop.has(key) && !made.has(key)) continue;
    final.push(made.get(key) ?? e);
    made.delete(key);
  }
  final.push(...made.values());
  const chunks = zipChunks(final);
  return {
    chunks,
    get bytes() {
      return Buffer.concat(chunks);
    },
    names,
  };
}

function columnValues(grid: TabGrid, range: string): (CellValue | undefined)[] {
  const r = parseRange(range);
  if (!r) return [];
  const out: (CellValue | undefined)[] = [];
  for (let row = r.start.row; row <= r.end.row; row++)
    out.push(grid.values[row - 1]?.[r.start.column - 1]);
  return out;
}

/** A chart's data read from the cells written in its tab, as the old exceljs path read them. */
export function gridChartData(grid: TabGrid, spec: ChartSpec): ChartData {
  return {
    categories: columnValues(grid, spec.categories).map((c) =>
      c === null || c === undefined ? '' : String(c),
    ),
    series: spec.series.map((s) => ({
      name: s.name,
      values: columnValues(grid, s.range).map((v) =>
        typeof v === 'number' && Number.isFinite(v) ? v : null,
      ),
    })),
  };
}

function chartPictures(
  charts: readonly ChartSpec[],
  grid: TabGrid,
  render: RenderPng,
): { png: Uint8Array | Promise<Uint8Array>; picture: Omit<Picture, 'rel'> }[] {
  const out: { png: Uint8Array | Promise<Uint8Array>; picture: Omit<Picture, 'rel'> }[] = [];
  for (const spec of charts) {
    const data = gridChartData(grid, spec);
    const anchor = parseCell(spec.anchor);
    if (!anchor || data.categories.length === 0) continue;
    const svg = chartSvg(spec, data);
    const height = Number(/height="(\d+)"/.exec(svg)?.[1] ?? 300);
    out.push({
      png: render(svg),
      picture: { row: anchor.row, column: anchor.column, width: 640, height, title: spec.title },
    });
  }
  return out;
}
