/**
 * A streaming, SAX-style scanner for the XML of spreadsheet parts: tags and
 * text as events, chunk by chunk, holding at most one unfinished token.
 *
 * Used for the package's small parts (relationships, workbook, styles,
 * shared strings); sheets go through its byte-level twin, xml-bytes.ts.
 * Hand-written rather than saxes: on the 420,000-row sheet of the
 * 200-corridor bench (238 MB of XML) saxes took 39 s and this scanner's
 * indexOf/regex loop under 2 s on the same machine. It reads only what
 * spreadsheet parts hold (elements, attributes, text, CDATA, comments,
 * processing instructions) and refuses any DOCTYPE, so external entities
 * (XXE) and entity expansion (billion laughs) cannot happen.
 * @module
 */

export interface XmlSink {
  /** A start tag; `attrs` is the raw attribute text; `empty` for `<x/>`. Names lose their prefix. */
  open(name: string, attrs: string, empty: boolean): void;
  close(name: string): void;
  /** Raw text between tags (entities not yet decoded: see {@link decodeXml}). */
  text(raw: string): void;
}

export class XmlRefused extends Error {
  override name = 'XmlRefused';
}

const ONE_CHAR = Array.from({ length: 65_536 }, (_, code) => String.fromCharCode(code));

const localName = (qname: string) => {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
};

/** Index of the `>` ending the tag whose body starts at `from`, skipping quoted values; -1 if not yet in `b`. */
function tagEnd(b: string, from: number): number {
  let k = from;
  for (;;) {
    const gt = b.indexOf('>', k);
    if (gt < 0) return -1;
    let quoteEnd = -1;
    for (; k < gt; k++) {
      const ch = b.charCodeAt(k);
      if (ch === 34 || ch === 39) {
        const close = b.indexOf(ch === 34 ? '"' : "'", k + 1);
        if (close < 0) return -1;
        if (close > gt) {
          quoteEnd = close;
          break;
        }
        k = close;
      }
    }
    if (quoteEnd < 0) return gt;
    k = quoteEnd + 1;
  }
}

export class XmlScanner {
  private buf = '';

  constructor(
    private readonly sink: XmlSink,
    /** The longest single tag or text run held while waiting for its end. */
    private readonly maxToken: number,
    private readonly part: string,
  ) {}

  write(chunk: string): void {
    this.buf = this.buf.length > 0 ? this.buf + chunk : chunk;
    this.pump(false);
  }

  end(): void {
    this.pump(true);
    if (this.buf.trim().length > 0)
      throw new XmlRefused(`${this.part} ends in the middle of a tag (truncated?)`);
  }

  private pump(final: boolean): void {
    const b = this.buf;
    const n = b.length;
    const sink = this.sink;
    let i = 0;
    while (i < n) {
      if (b.charCodeAt(i) !== 60) {
        const lt = b.indexOf('<', i);
        if (lt < 0) {
          if (!final) break;
          sink.text(b.slice(i));
          i = n;
          break;
        }
        sink.text(b.slice(i, lt));
        i = lt;
        continue;
      }
      const next = b.charCodeAt(i + 1);
      if (next === 33 /* ! */) {
        if (b.startsWith('<!--', i)) {
          const e = b.indexOf('-->', i + 4);
          if (e < 0) break;
          i = e + 3;
          continue;
        }
        if (b.startsWith('<![CDATA[', i)) {
          const e = b.indexOf(']]>', i + 9);
          if (e < 0) break;
          sink.text(
            b
              .slice(i + 9, e)
              .replace(/&/g, '&amp;')
              .replace(/</g, '&lt;'),
          );
          i = e + 3;
          continue;
        }
        if (n - i < 9 && !final) break;
        throw new XmlRefused(
          `${this.part} declares a DOCTYPE or entity; refused (a workbook part never needs one)`,
        );
      }
      if (next === 63 /* ? */) {
        const e = b.indexOf('?>', i + 2);
        if (e < 0) break;
        i = e + 2;
        continue;
      }
      const gt = tagEnd(b, i + 1);
      if (gt < 0) break;
      if (next === 47 /* / */) {
        sink.close(
          gt - i === 3 ? ONE_CHAR[b.charCodeAt(i + 2)]! : localName(b.slice(i + 2, gt).trim()),
        );
      } else {
        const empty = b.charCodeAt(gt - 1) === 47;
        const end = empty ? gt - 1 : gt;
        let s = i + 1;
        while (s < end && b.charCodeAt(s) > 32 && b.charCodeAt(s) !== 47) s++;
        // one-letter names (c, v, t, r) are most of a sheet: no string is made for them
        const name = s - i === 2 ? ONE_CHAR[b.charCodeAt(i + 1)]! : localName(b.slice(i + 1, s));
        sink.open(name, s === end ? '' : b.slice(s, end), empty);
      }
      i = gt + 1;
    }
    this.buf = i >= n ? '' : b.slice(i);
    if (this.buf.length > this.maxToken) {
      throw new XmlRefused(
        `${this.part} holds a single tag or text over ${this.maxToken.toLocaleString('en-US')} characters; refused`,
      );
    }
  }
}

const ENTITY = /&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML's five named entities and character references; anything else stays as written. */
export function decodeXml(raw: string): string {
  if (raw.indexOf('&') < 0) return raw;
  return raw.replace(ENTITY, (whole, e: string) => {
    if (e[0] !== '#') return NAMED[e] ?? whole;
    const code = e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Excel's escapes in cell text: `_x000D_` is a carriage return, `_x005F_` a
 * literal underscore (so `_x005F_x0041_` reads as the text `_x0041_`).
 */
export function decodeCellText(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

const ATTR_CACHE = new Map<string, RegExp>();

/** The value of attribute `name` (without prefix match: `r` is not `xr`), decoded; undefined when absent. */
export function attr(attrs: string, name: string): string | undefined {
  const fast = attrs.indexOf(` ${name}="`);
  if (fast >= 0) {
    const start = fast + name.length + 3;
    const end = attrs.indexOf('"', start);
    if (end >= 0) return decodeXml(attrs.slice(start, end));
  }
  if (attrs.indexOf(name) < 0) return undefined;
  let re = ATTR_CACHE.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)${name.replace(/[:]/g, '\\:')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    ATTR_CACHE.set(name, re);
  }
  const m = re.exec(attrs);
  return m ? decodeXml(m[1] ?? m[2] ?? '') : undefined;
}

/** A copy of `s` that does not keep the chunk it was sliced from alive. */
export function detach(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf8').toString('utf8');
}
