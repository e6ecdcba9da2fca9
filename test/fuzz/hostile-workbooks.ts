/**
 * Hostile and awkward .xlsx packages, made in memory (no committed binaries):
 * each with the one-line result a reader must give. Built with fflate so the
 * zip itself can lie (declared sizes, bombs) where a test needs it.
 * @module
 */
import { strToU8, unzipSync, Zip, ZipDeflate, type Zippable, zipSync } from 'fflate';

const CT = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface SheetSpec {
  name: string;
  /** The sheet part's XML, or the inner `<sheetData>` rows when `rows` is set. */
  xml?: string;
  rows?: string;
  after?: string;
}

/** A minimal .xlsx package with the given sheets, shared strings and styles. */
export function packageOf(
  sheets: SheetSpec[],
  extra: {
    sharedStrings?: string[];
    styles?: string;
    parts?: Record<string, string | Uint8Array>;
    level?: number;
  } = {},
): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8(CT),
    '_rels/.rels': strToU8(ROOT_RELS),
  };
  const rels: string[] = [];
  const entries: string[] = [];
  sheets.forEach((s, i) => {
    rels.push(
      `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    );
    entries.push(`<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
    const xml =
      s.xml ??
      `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${s.rows ?? ''}</sheetData>${s.after ?? ''}</worksheet>`;
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(xml);
  });
  if (extra.sharedStrings) {
    rels.push(`<Relationship Id="rIdS" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>`);
    files['xl/sharedStrings.xml'] = strToU8(
      `<sst>${extra.sharedStrings.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`,
    );
  }
  if (extra.styles) {
    rels.push(`<Relationship Id="rIdT" Type="${R}/styles" Target="styles.xml"/>`);
    files['xl/styles.xml'] = strToU8(extra.styles);
  }
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}"><sheets>${entries.join('')}</sheets></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  for (const [path, content] of Object.entries(extra.parts ?? {}))
    files[path] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(files, { level: (extra.level ?? 6) as 6 });
}

const HEADER =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>corridor_id</t></is></c><c r="B1" t="inlineStr"><is><t>indicator</t></is></c></row>';

/** A1 and XFD1048576: one stray cell as far away as Excel allows. */
export const farCell = () =>
  packageOf([
    { name: 'Indicators', rows: `${HEADER}<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>` },
  ]);

/** An Indicators tab with `rows` rows (1,000,000 in the issue). */
export function manyRows(rows: number): Uint8Array {
  const parts: string[] = [HEADER];
  for (let r = 2; r <= rows; r++) parts.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  return packageOf([{ name: 'Indicators', rows: parts.join('') }], { level: 1 });
}

/** A sheet part of `mb` MB of blanks: tiny compressed, huge decompressed (deflated as a stream, so any size). */
export function zipBomb(mb: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    chunks.push(data);
  });
  const add = (name: string, text: string) => {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(strToU8(text), true);
  };
  const base = unzipSync(packageOf([{ name: 'Indicators', rows: HEADER }]));
  for (const [name, bytes] of Object.entries(base))
    if (name !== 'xl/worksheets/sheet1.xml') add(name, new TextDecoder().decode(bytes));
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 9 });
  zip.add(sheet);
  sheet.push(strToU8(`<worksheet><sheetData>${HEADER}</sheetData>`));
  const blanks = new Uint8Array(1024 * 1024).fill(32);
  for (let i = 0; i < mb; i++) sheet.push(blanks);
  sheet.push(strToU8('</worksheet>'), true);
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** `count` shared strings (20,000,000 in the issue). */
export function sharedStringBomb(count: number): Uint8Array {
  const sst = `<sst>${'<si><t>x</t></si>'.repeat(count)}</sst>`;
  return packageOf([{ name: 'Indicators', rows: HEADER }], {
    sharedStrings: [],
    level: 9,
    parts: { 'xl/sharedStrings.xml': sst },
  });
}

/** A sheet with a DOCTYPE declaring an external entity (XXE). */
export const xxe = () =>
  packageOf([
    {
      name: 'Indicators',
      xml: `<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row></sheetData></worksheet>`,
    },
  ]);

/** Billion laughs: nested entity expansion declared in a DOCTYPE. */
export function billionLaughs(): Uint8Array {
  let dtd = '<!ENTITY l0 "ha">';
  for (let i = 1; i <= 9; i++) dtd += `<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`;
  return packageOf([
    {
      name: 'Indicators',
      xml: `<?xml version="1.0"?><!DOCTYPE worksheet [${dtd}]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&l9;</t></is></c></row></sheetData></worksheet>`,
    },
  ]);
}

/** The first `keep` bytes of a package. */
export const truncated = (bytes: Uint8Array, keep: number) => bytes.slice(0, keep);

/** A copy with `flips` bits flipped at positions from a seeded generator. */
export function bitFlipped(bytes: Uint8Array, flips: number, seed: number): Uint8Array {
  const out = bytes.slice();
  let s = seed >>> 0 || 1;
  for (let i = 0; i < flips; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    const at = (s >>> 0) % out.length;
    out[at] = out[at]! ^ (1 << ((s >>> 8) & 7));
  }
  return out;
}
