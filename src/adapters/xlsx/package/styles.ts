/**
 * The small set of shared styles a generated tab uses: one cell format per
 * distinct CellFormat, appended to the workbook's own styles.xml (its
 * existing fonts, fills and formats stay where they are, so input cells keep
 * their look).
 * @module
 */
import type { CellFormat } from '../../../core/contract/patch.ts';
import { argb, escapeXml } from './xml-text.ts';

const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
};

export const EMPTY_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

const tri = (b: boolean | undefined) => (b === undefined ? 0 : b ? 1 : 2);

/**
 * Gives each distinct format one cell-format index in the workbook's own
 * styles.xml: an identical font, fill or format already there (from an
 * earlier run) is reused, anything new is appended.
 */
export class StyleBook {
  private readonly byKey = new Map<number | string, number>();
  private readonly textIds = new Map<string, number>();
  private readonly known: { fonts: string[]; fills: string[]; xfs: string[] };
  private readonly added = { fonts: [] as string[], fills: [] as string[], xfs: [] as string[] };
  private readonly codes: Map<string, number>;
  private readonly newCodes = new Map<string, number>();
  private nextNum: number;
  private readonly font: { size: string; name: string };

  constructor(private readonly xml: string) {
    this.known = {
      fonts: children(xml, 'fonts', 'font'),
      fills: children(xml, 'fills', 'fill'),
      xfs: children(xml, 'cellXfs', 'xf'),
    };
    this.codes = new Map(
      [...xml.matchAll(/<(?:\w+:)?numFmt\b[^>]*numFmtId="(\d+)"[^>]*formatCode="([^"]*)"/g)].map(
        (m) => [m[2]!, Number(m[1])],
      ),
    );
    this.nextNum =
      Math.max(
        163,
        ...[...xml.matchAll(/<(?:\w+:)?numFmt\b[^>]*numFmtId="(\d+)"/g)].map((m) => Number(m[1])),
      ) + 1;
    const base = this.known.fonts[0] ?? '';
    this.font = {
      size: /<(?:\w+:)?sz val="([^"]+)"/.exec(base)?.[1] ?? '11',
      name: /<(?:\w+:)?name val="([^"]+)"/.exec(base)?.[1] ?? 'Calibri',
    };
  }

  /** The `s` index of a format (0, the workbook's default, for none). */
  index(format: CellFormat | null | undefined): number {
    if (!format) return 0;
    const key = this.keyOf(format);
    let index = this.byKey.get(key);
    if (index === undefined) {
      index = this.place('xfs', this.xfXml(format));
      this.byKey.set(key, index);
    }
    return index;
  }

  /**
   * A format's identity as one number from small ids of its texts, with no
   * string or object built per cell (the engine makes a fresh format object
   * for almost every cell).
   */
  private keyOf(f: CellFormat): number | string {
    const nf = this.textId(f.numberFormat);
    const bg = this.textId(f.background);
    const fg = this.textId(f.color);
    const al = this.textId(f.align);
    if ((nf | bg | fg | al) >= 1024)
      return JSON.stringify([
        f.numberFormat,
        f.bold,
        f.italic,
        f.background,
        f.color,
        f.wrap,
        f.align,
      ]);
    const flags = tri(f.bold) * 9 + tri(f.italic) * 3 + tri(f.wrap);
    return (((nf * 1024 + bg) * 1024 + fg) * 1024 + al) * 27 + flags;
  }

  private textId(text: string | undefined): number {
    if (text === undefined) return 0;
    let id = this.textIds.get(text);
    if (id === undefined) {
      id = this.textIds.size + 1;
      this.textIds.set(text, id);
    }
    return id;
  }

  private place(kind: 'fonts' | 'fills' | 'xfs', xml: string): number {
    const at = this.known[kind].indexOf(xml);
    if (at >= 0) return at;
    this.known[kind].push(xml);
    this.added[kind].push(xml);
    return this.known[kind].length - 1;
  }

  private xfXml(f: CellFormat): string {
    let numId = 0;
    if (f.numberFormat) {
      const code = escapeXml(f.numberFormat);
      numId = BUILT_IN_FORMATS[f.numberFormat] ?? this.codes.get(code) ?? 0;
      if (!numId && f.numberFormat !== 'General') {
        numId = this.nextNum++;
        this.codes.set(code, numId);
        this.newCodes.set(code, numId);
      }
    }
    const { size, name } = this.font;
    const fontId =
      f.bold || f.italic || f.color
        ? this.place(
            'fonts',
            `<font>${f.bold ? '<b/>' : ''}${f.italic ? '<i/>' : ''}<sz val="${size}"/>${f.color ? `<color rgb="${argb(f.color)}"/>` : ''}<name val="${escapeXml(name)}"/></font>`,
          )
        : 0;
    const fillId = f.background
      ? this.place(
          'fills',
          `<fill><patternFill patternType="solid"><fgColor rgb="${argb(f.background)}"/><bgColor indexed="64"/></patternFill></fill>`,
        )
      : 0;
    const align =
      f.wrap || f.align
        ? `<alignment${f.align ? ` horizontal="${f.align}"` : ''}${f.wrap ? ' wrapText="1"' : ''}/>`
        : '';
    return `<xf numFmtId="${numId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${numId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}${align ? ` applyAlignment="1">${align}</xf>` : '/>'}`;
  }

  /** styles.xml with what was added appended; the input text itself when nothing was. */
  toXml(): string {
    let xml = this.xml;
    if (this.newCodes.size > 0) {
      const items = [...this.newCodes]
        .map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${code}"/>`)
        .join('');
      xml =
        between(xml, 'numFmts') !== undefined
          ? append(xml, 'numFmts', items, this.newCodes.size)
          : xml.replace(
              /(<(?:\w+:)?styleSheet\b[^>]*>)/,
              `$1<numFmts count="${this.newCodes.size}">${items}</numFmts>`,
            );
    }
    if (this.added.fonts.length)
      xml = append(xml, 'fonts', this.added.fonts.join(''), this.added.fonts.length);
    if (this.added.fills.length)
      xml = append(xml, 'fills', this.added.fills.join(''), this.added.fills.length);
    if (this.added.xfs.length)
      xml = append(xml, 'cellXfs', this.added.xfs.join(''), this.added.xfs.length);
    return xml;
  }
}

/** The child elements of a collection, as written. */
function children(xml: string, tag: string, child: string): string[] {
  const body = between(xml, tag) ?? '';
  return (
    body.match(
      new RegExp(
        `<(?:\\w+:)?${child}\\b[^>]*?/>|<(?:\\w+:)?${child}\\b[^>]*>[\\s\\S]*?</(?:\\w+:)?${child}>`,
        'g',
      ),
    ) ?? []
  );
}

function between(xml: string, tag: string): string | undefined {
  const m = new RegExp(`<(?:\\w+:)?${tag}\\b[^>]*>([\\s\\S]*?)</(?:\\w+:)?${tag}>`).exec(xml);
  return m?.[1];
}

/** How many children a collection holds: its `count`, else its counted children. */
function count(xml: string, tag: string): number {
  const body = between(xml, tag);
  if (body === undefined) return 0;
  const child = { fonts: 'font', fills: 'fill', cellXfs: 'xf', numFmts: 'numFmt' }[tag] ?? 'x';
  return (body.match(new RegExp(`<(?:\\w+:)?${child}\\b`, 'g')) ?? []).length;
}

/** Appends `items` at the end of collection `tag`, raising its count. */
function append(xml: string, tag: string, items: string, added: number): string {
  const open = new RegExp(`<((?:\\w+:)?)${tag}\\b([^>]*)>`);
  const m = open.exec(xml);
  if (!m) return xml;
  const prefix = m[1] ?? '';
  const existing = count(xml, tag);
  const attrs = (m[2] ?? '').replace(/\s*count="\d+"/, '');
  const close = `</${prefix}${tag}>`;
  const at = xml.indexOf(close, m.index);
  if (at < 0) return xml;
  const opened = `<${prefix}${tag}${attrs} count="${existing + added}">`;
  return (
    xml.slice(0, m.index) +
    opened +
    xml.slice(m.index + m[0].length, at) +
    items.replace(/<(\/?)(?=[a-zA-Z])/g, `<$1${prefix}`) +
    xml.slice(at)
  );
}
