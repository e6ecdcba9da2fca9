/**
 * The package's small parts, each streamed through the XML scanner: where the
 * workbook is, its tabs and their sheet parts, the date styles, the shared
 * strings; and the scan of a sheet part as bytes.
 * @module
 */
import { posix } from 'node:path';
import { count } from '../../core/limits/grid-limits.ts';
import { LimitBreach, type ReadLimits } from './read-limits.ts';
import { ByteScanner, type ByteSink } from './xml-bytes.ts';
import { attr, decodeCellText, decodeXml, detach, XmlScanner, type XmlSink } from './xml-scan.ts';
import { findEntry, inflatePart, streamPart, type ZipPackage } from './zip-package.ts';

/** Longest tag or text the scanner holds while waiting for its end. */
const MAX_TOKEN = 1024 * 1024;

export async function scanPart(
  pkg: ZipPackage,
  path: string,
  limits: ReadLimits,
  sink: XmlSink,
): Promise<boolean> {
  const entry = findEntry(pkg, path);
  if (!entry) return false;
  const scanner = new XmlScanner(sink, Math.max(MAX_TOKEN, limits.cellChars * 8), path);
  await streamPart(pkg, entry, limits, (chunk) => scanner.write(chunk));
  scanner.end();
  return true;
}

/** A sheet part, scanned as bytes (xml-bytes.ts); false when the package has no such part. */
export async function scanSheetPart(
  pkg: ZipPackage,
  path: string,
  limits: ReadLimits,
  sink: ByteSink,
): Promise<boolean> {
  const entry = findEntry(pkg, path);
  if (!entry) return false;
  const scanner = new ByteScanner(sink, Math.max(MAX_TOKEN, limits.cellChars * 8), path);
  await inflatePart(pkg, entry, limits, (chunk) => scanner.write(chunk));
  scanner.end();
  return true;
}

const handler = (
  open: XmlSink['open'],
  text: XmlSink['text'] = () => {},
  close: XmlSink['close'] = () => {},
): XmlSink => ({ open, close, text });

/** A relationship target resolved against the part that holds the relationships. */
function resolveTarget(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return posix.normalize(posix.join(posix.dirname(from), target));
}

async function relationships(
  pkg: ZipPackage,
  part: string,
  limits: ReadLimits,
): Promise<Map<string, { target: string; type: string }>> {
  const rels = posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
  const out = new Map<string, { target: string; type: string }>();
  await scanPart(
    pkg,
    rels,
    limits,
    handler((name, attrs) => {
      if (name !== 'Relationship') return;
      const id = attr(attrs, 'Id');
      const target = attr(attrs, 'Target');
      if (id && target && attr(attrs, 'TargetMode') !== 'External')
        out.set(id, { target: resolveTarget(part, target), type: attr(attrs, 'Type') ?? '' });
    }),
  );
  return out;
}

export interface SheetRef {
  name: string;
  /** The sheet's part, e.g. `xl/worksheets/sheet1.xml`; undefined for chart sheets or broken links. */
  part: string | undefined;
  state: 'visible' | 'hidden' | 'veryHidden';
}

export interface WorkbookParts {
  workbookPart: string;
  sheets: SheetRef[];
  date1904: boolean;
  stylesPart: string | undefined;
  sharedStringsPart: string | undefined;
}

export async function readWorkbookParts(
  pkg: ZipPackage,
  limits: ReadLimits,
): Promise<WorkbookParts | undefined> {
  const root = await relationships(pkg, '', limits);
  const office = [...root.values()].find((r) => r.type.endsWith('/officeDocument'));
  const workbookPart = office?.target ?? 'xl/workbook.xml';
  const rels = await relationships(pkg, workbookPart, limits);
  const sheets: SheetRef[] = [];
  let date1904 = false;
  const found = await scanPart(
    pkg,
    workbookPart,
    limits,
    handler((name, attrs) => {
      if (name === 'workbookPr') date1904 = /^(1|true)$/.test(attr(attrs, 'date1904') ?? '');
      if (name !== 'sheet') return;
      const id = attr(attrs, 'r:id') ?? attr(attrs, 'id');
      const rel = id ? rels.get(id) : undefined;
      const state = attr(attrs, 'state');
      sheets.push({
        name: attr(attrs, 'name') ?? `Sheet${sheets.length + 1}`,
        part: rel?.type.endsWith('/worksheet') ? rel.target : undefined,
        state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      });
      if (sheets.length > limits.zipEntries)
        throw new LimitBreach(workbookPart, `${count(limits.zipEntries)} tabs`, 'more tabs');
    }),
  );
  if (!found) return undefined;
  const byType = (suffix: string) =>
    [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;
  return {
    workbookPart,
    sheets,
    date1904,
    stylesPart: byType('/styles'),
    sharedStringsPart: byType('/sharedStrings'),
  };
}

/** Built-in number formats that show a date or time. */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57,
]);

/** True when a number format code shows a date or time (quoted text, escapes and colours aside). */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?!h\]|m\]|s\])[^\]]*\]/gi, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** @returns the style indexes (the `s` of a cell) whose number format shows a date */
export async function readDateStyles(
  pkg: ZipPackage,
  part: string | undefined,
  limits: ReadLimits,
): Promise<Set<number>> {
  const dates = new Set<number>();
  if (!part) return dates;
  const custom = new Map<number, string>();
  let inXfs = false;
  let xf = 0;
  await scanPart(
    pkg,
    part,
    limits,
    handler(
      (name, attrs, empty) => {
        if (name === 'numFmt')
          custom.set(Number(attr(attrs, 'numFmtId')), attr(attrs, 'formatCode') ?? '');
        else if (name === 'cellXfs') inXfs = !empty;
        else if (name === 'xf' && inXfs) {
          const id = Number(attr(attrs, 'numFmtId') ?? 0);
          if (DATE_FORMAT_IDS.has(id) || (custom.has(id) && isDateFormat(custom.get(id)!)))
            dates.add(xf);
          xf++;
        }
      },
      undefined,
      (name) => {
        if (name === 'cellXfs') inXfs = false;
      },
    ),
  );
  return dates;
}

/** The shared strings table: rich text runs joined, phonetic runs left out. */
export async function readSharedStrings(
  pkg: ZipPackage,
  part: string | undefined,
  limits: ReadLimits,
): Promise<string[]> {
  const strings: string[] = [];
  if (!part) return strings;
  let text: string[] | undefined;
  let inT = false;
  let phonetic = 0;
  await scanPart(
    pkg,
    part,
    limits,
    handler(
      (name, _attrs, empty) => {
        if (name === 'si') {
          if (strings.length >= limits.sharedStrings) {
            throw new LimitBreach(
              part,
              `${count(limits.sharedStrings)} shared strings`,
              `more than ${count(limits.sharedStrings)} shared strings`,
            );
          }
          text = [];
          if (empty) strings.push('');
        } else if (name === 't') inT = !empty;
        else if (name === 'rPh') phonetic++;
      },
      (raw) => {
        if (inT && phonetic === 0 && text) text.push(raw);
      },
      (name) => {
        if (name === 't') inT = false;
        else if (name === 'rPh') phonetic--;
        else if (name === 'si' && text) {
          const value = decodeCellText(decodeXml(text.join('')));
          if (value.length > limits.cellChars) {
            throw new LimitBreach(
              part,
              `${count(limits.cellChars)} characters per cell`,
              `a shared string of ${count(value.length)} characters`,
            );
          }
          strings.push(detach(value));
          text = undefined;
        }
      },
    ),
  );
  return strings;
}
