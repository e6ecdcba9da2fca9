/**
 * Reads an .xlsx into the workbook contract, bounded and streaming: only the
 * template's tabs are read (all tabs on request), each sheet part is inflated
 * in chunks and scanned as bytes (xml-bytes.ts), and every documented limit (read-limits.ts)
 * stops the read with one line. Never throws: a wrong, protected, truncated,
 * hostile or oversized file comes back as a clear error value.
 * @module
 */

import { GENERATED_REGISTRY } from '../../core/contract/generated-names.ts';
import { type Failed, type PathIssue, pathIssue } from '../../core/contract/issue.ts';
import type { CellValue, Workbook } from '../../core/contract/workbook.ts';
import { INPUT_TABS } from '../../core/template/layout.ts';
import { ByteInterner } from './byte-intern.ts';
import { DEFAULT_LIMITS, LimitBreach, megabytes, type ReadLimits } from './read-limits.ts';
import {
  readDateStyles,
  readSharedStrings,
  readWorkbookParts,
  type SheetRef,
} from './read-parts.ts';
import { readSheet } from './read-sheet.ts';
import { sniff } from './sniff.ts';
import { XmlRefused } from './xml-scan.ts';
import { findEntry, openPackage } from './zip-package.ts';

/** Why a file is not a readable workbook: an issue whose `path` is the file name. */
export type ReadError = PathIssue & {
  code: 'too_large' | 'not_xlsx' | 'encrypted' | 'corrupt' | 'empty' | 'limit' | 'ods';
};
export type ReadResult = { ok: true; workbook: Workbook; sheets: SheetRef[] } | Failed<ReadError>;

export interface ReadOptions {
  maxBytes?: number;
  limits?: Partial<ReadLimits>;
  /** `template` (default): the input tabs and the registry; `all`: every worksheet. */
  tabs?: 'template' | 'all';
}

export const DEFAULT_MAX_BYTES = DEFAULT_LIMITS.fileBytes;

const norm = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
/** The tabs the core reads (Instructions is for people only). */
const TEMPLATE_TABS = new Set(
  [
    ...Object.values(INPUT_TABS).filter((t) => t !== INPUT_TABS.instructions),
    GENERATED_REGISTRY,
  ].map(norm),
);

export async function readXlsx(
  bytes: Uint8Array,
  name: string,
  options: number | ReadOptions = {},
): Promise<ReadResult> {
  const opts = typeof options === 'number' ? { maxBytes: options } : options;
  const limits: ReadLimits = {
    ...DEFAULT_LIMITS,
    ...opts.limits,
    ...(opts.maxBytes ? { fileBytes: opts.maxBytes } : {}),
  };
  if (bytes.length > limits.fileBytes) {
    return fail(
      name,
      'too_large',
      `${name} is ${megabytes(bytes.length)}, over the ${megabytes(limits.fileBytes)} limit (raise it with --max-size, or split the observatory)`,
    );
  }
  const kind = sniff(bytes);
  if (kind === 'empty')
    return fail(name, 'empty', `${name} is empty (0 bytes); expected an .xlsx workbook`);
  if (kind === 'encrypted-or-xls') {
    return fail(
      name,
      'encrypted',
      `${name} is password-protected or an old .xls file; expected an unprotected .xlsx (remove the password, or save as .xlsx)`,
    );
  }
  if (kind !== 'xlsx')
    return fail(
      name,
      'not_xlsx',
      `${name} is not an .xlsx workbook (no zip signature); expected an .xlsx file or a folder of CSV tabs`,
    );
  let pkg: Awaited<ReturnType<typeof openPackage>> | undefined;
  try {
    pkg = await openPackage(bytes, limits);
    if (
      findEntry(pkg, 'mimetype') &&
      findEntry(pkg, 'content.xml') &&
      !findEntry(pkg, '[Content_Types].xml')
    ) {
      return fail(
        name,
        'ods',
        `${name} is an OpenDocument spreadsheet (.ods); save it as .xlsx (File > Save As > Excel 2007-365) and try again`,
      );
    }
    const parts = await readWorkbookParts(pkg, limits);
    if (!parts)
      return fail(
        name,
        'corrupt',
        `${name} could not be read as .xlsx (truncated or corrupted?): it has no workbook part`,
      );
    const wanted = parts.sheets.filter(
      (s) => s.part && (opts.tabs === 'all' || TEMPLATE_TABS.has(norm(s.name))),
    );
    const [sharedStrings, dateStyles] = wanted.length
      ? [
          await readSharedStrings(pkg, parts.sharedStringsPart, limits),
          await readDateStyles(pkg, parts.stylesPart, limits),
        ]
      : [[], new Set<number>()];
    const tabs: Record<string, CellValue[][]> = {};
    const context = {
      sharedStrings,
      dateStyles,
      date1904: parts.date1904,
      cells: { n: 0 },
      interned: new Map<string, string>(),
      internedBytes: new ByteInterner(),
    };
    for (const sheet of wanted) {
      if (opts.tabs !== 'all' && sheet.name === GENERATED_REGISTRY && sheet.state === 'visible')
        continue;
      tabs[sheet.name] = await readSheet(pkg, sheet.name, sheet.part!, limits, context);
    }
    return { ok: true, workbook: { tabs }, sheets: parts.sheets };
  } catch (error) {
    if (error instanceof LimitBreach) return fail(name, 'limit', `${name}: ${error.message}`);
    const why = (error instanceof Error ? error.message.split('\n')[0] : String(error)) ?? '';
    if (/encrypt/i.test(why))
      return fail(
        name,
        'encrypted',
        `${name} has encrypted parts; expected an unprotected .xlsx (remove the password)`,
      );
    if (error instanceof XmlRefused)
      return fail(name, 'corrupt', `${name} could not be read as .xlsx: ${why ?? ''}`);
    return fail(
      name,
      'corrupt',
      `${name} could not be read as .xlsx (truncated or corrupted?): ${why}`,
    );
  } finally {
    pkg?.zip.close();
  }
}

function fail(name: string, code: ReadError['code'], message: string): ReadResult {
  return { ok: false, issues: [{ ...pathIssue(code, name, message), code }] };
}
