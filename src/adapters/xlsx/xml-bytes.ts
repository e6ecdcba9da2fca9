/**
 * The XML scanner of xml-scan.ts on bytes: the same tokens and the same
 * refusals, but a sheet's 200 MB of XML is never decoded to strings; the
 * sink gets byte ranges and decodes only the cell text it keeps. Each chunk
 * is checked to be UTF-8 (as the strict decoder did) before it is scanned.
 * @module
 */
import { isUtf8 } from 'node:buffer';
import { XmlRefused } from './xml-scan.ts';

export interface ByteSink {
  /**
   * A start tag: its local name is `b[name, nameEnd)`, its raw attribute text
   * `b[attrs, attrsEnd)`. Returns 0, or where the scan goes on when the sink
   * has read the element's content itself (it must then end within `b`).
   */
  open(
    b: Uint8Array,
    name: number,
    nameEnd: number,
    attrs: number,
    attrsEnd: number,
    empty: boolean,
  ): number;
  close(b: Uint8Array, name: number, nameEnd: number): void;
  /** Raw text (entities not yet decoded). */
  text(b: Uint8Array, start: number, end: number): void;
  /** CDATA content, escaped so that decoding it as raw text gives it back. */
  cdata(raw: string): void;
  /** The bytes passed so far are about to be reused: copy whatever is still needed from them. */
  detach(): void;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const DASH = 45;
const BRACKET = 91;
const DQ = 34;
const SQ = 39;
const COLON = 58;

const utf8 = new TextDecoder('utf-8');

/** Text of `b[start, end)` (already checked to be UTF-8). */
export function text(b: Uint8Array, start: number, end: number): string {
  if (end - start < 16) {
    let ascii = '';
    for (let k = start; k < end; k++) {
      const ch = b[k]!;
      if (ch >= 128) return utf8.decode(b.subarray(start, end));
      ascii += String.fromCharCode(ch);
    }
    return ascii;
  }
  return utf8.decode(b.subarray(start, end));
}

/** Index of `needle` (2-3 ASCII bytes) in `b[from, to)`, or -1. */
function find(b: Uint8Array, needle: string, from: number, to: number): number {
  const first = needle.charCodeAt(0);
  const last = to - needle.length;
  for (let k = from; k <= last; k++) {
    if (b[k] !== first) continue;
    let m = 1;
    while (m < needle.length && b[k + m] === needle.charCodeAt(m)) m++;
    if (m === needle.length) return k;
  }
  return -1;
}

/** Index of the `>` ending the tag whose body starts at `from`, skipping quoted values; -1 if not yet in `b`. */
export function tagEnd(b: Uint8Array, from: number, n: number): number {
  for (let k = from; k < n; k++) {
    const ch = b[k]!;
    if (ch === GT) return k;
    if (ch === DQ || ch === SQ) {
      k++;
      while (k < n && b[k] !== ch) k++;
      if (k >= n) return -1;
    }
  }
  return -1;
}

/** UTF-16 length of the UTF-8 bytes `b[start, end)`, as a string's `length` would count them. */
function utf16Length(b: Uint8Array, start: number, end: number): number {
  let units = 0;
  for (let k = start; k < end; k++) {
    const ch = b[k]!;
    if ((ch & 0xc0) !== 0x80) units += ch >= 0xf0 ? 2 : 1;
  }
  return units;
}

/** Bytes at the end of `b` that start a UTF-8 sequence not yet complete. */
function incompleteTail(b: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= b.length; back++) {
    const ch = b[b.length - back]!;
    if ((ch & 0xc0) === 0x80) continue;
    const need = ch >= 0xf0 ? 4 : ch >= 0xe0 ? 3 : ch >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

const invalidUtf8 = () => new TypeError('The encoded data was not valid for encoding utf-8');

export class ByteScanner {
  private held: Uint8Array = new Uint8Array(0);
  private joined: Uint8Array = new Uint8Array(0);
  /** The start of a UTF-8 sequence cut by the end of the last chunk. */
  private utf8Tail: Uint8Array = new Uint8Array(0);

  constructor(
    private readonly sink: ByteSink,
    /** The longest single tag or text run, in characters. */
    private readonly maxToken: number,
    private readonly part: string,
  ) {}

  write(bytes: Uint8Array): void {
    // a plain Uint8Array view: one element kind in the hot loops (a Buffer is another)
    const chunk = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.checkUtf8(chunk);
    const held = this.held;
    let b = chunk;
    if (held.length > 0) {
      // the unfinished token and the new chunk, in one reused buffer
      const size = held.length + chunk.length;
      if (this.joined.length < size) this.joined = new Uint8Array(size);
      b = this.joined.subarray(0, size);
      b.set(held);
      b.set(chunk, held.length);
    }
    this.pump(b, false);
    if (b !== chunk) this.sink.detach();
  }

  end(): void {
    if (this.utf8Tail.length > 0) throw invalidUtf8();
    const held = this.held;
    this.held = new Uint8Array(0);
    this.pump(held, true);
    const rest = this.held;
    for (let k = 0; k < rest.length; k++) {
      const ch = rest[k]!;
      if (ch !== 32 && (ch < 9 || ch > 13))
        throw new XmlRefused(`${this.part} ends in the middle of a tag (truncated?)`);
    }
  }

  /** Refuses bytes that are not UTF-8, across chunk ends too, as a strict decoder would. */
  private checkUtf8(chunk: Uint8Array): void {
    let from = 0;
    const cut = this.utf8Tail;
    if (cut.length > 0) {
      const first = cut[0]!;
      const need = (first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : 2) - cut.length;
      const joined = new Uint8Array(cut.length + Math.min(need, chunk.length));
      joined.set(cut);
      joined.set(chunk.subarray(0, need), cut.length);
      if (chunk.length < need) {
        this.utf8Tail = joined;
        return;
      }
      if (!isUtf8(joined)) throw invalidUtf8();
      from = need;
    }
    const tail = incompleteTail(chunk.subarray(from));
    if (!isUtf8(chunk.subarray(from, chunk.length - tail))) throw invalidUtf8();
    this.utf8Tail = chunk.slice(chunk.length - tail);
  }

  private tooLong(b: Uint8Array, start: number, end: number): void {
    if (end - start > this.maxToken && utf16Length(b, start, end) > this.maxToken) {
      throw new XmlRefused(
        `${this.part} holds a single tag or text over ${this.maxToken.toLocaleString('en-US')} characters; refused`,
      );
    }
  }

  private pump(b: Uint8Array, final: boolean): void {
    const n = b.length;
    const sink = this.sink;
    let i = 0;
    while (i < n) {
      if (b[i] !== LT) {
        let lt = i + 1;
        while (lt < n && b[lt] !== LT) lt++;
        if (lt === n && !final) break;
        if (lt - i > this.maxToken) this.tooLong(b, i, lt);
        sink.text(b, i, lt);
        i = lt;
        continue;
      }
      const next = i + 1 < n ? b[i + 1]! : -1;
      if (next === BANG) {
        if (b[i + 2] === DASH && b[i + 3] === DASH) {
          const e = find(b, '-->', i + 4, n);
          if (e < 0) break;
          this.tooLong(b, i, e);
          i = e + 3;
          continue;
        }
        if (b[i + 2] === BRACKET && text(b, i, Math.min(n, i + 9)) === '<![CDATA[') {
          const e = find(b, ']]>', i + 9, n);
          if (e < 0) break;
          this.tooLong(b, i, e);
          sink.cdata(
            text(b, i + 9, e)
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
      if (next === QUESTION) {
        const e = find(b, '?>', i + 2, n);
        if (e < 0) break;
        this.tooLong(b, i, e);
        i = e + 2;
        continue;
      }
      if (next < 0) break;
      const one = b[i + 2];
      if (next === SLASH && b[i + 3] === GT && one !== DQ && one !== SQ && one !== GT) {
        // `</c>`, `</v>`, `</t>`: most closing tags of a sheet
        sink.close(b, i + 2, i + 3);
        i += 4;
        continue;
      }
      const gt = tagEnd(b, i + 1, n);
      if (gt < 0) break;
      if (gt - i > this.maxToken) this.tooLong(b, i, gt);
      if (next === SLASH) {
        let s = i + 2;
        let e = gt;
        while (s < e && isSpace(b[s]!)) s++;
        while (e > s && isSpace(b[e - 1]!)) e--;
        sink.close(b, localStart(b, s, e), e);
      } else {
        const empty = b[gt - 1] === SLASH;
        const end = empty ? gt - 1 : gt;
        let s = i + 1;
        while (s < end && b[s]! > 32 && b[s] !== SLASH) s++;
        const skip = sink.open(b, localStart(b, i + 1, s), s, s, end, empty);
        if (skip > 0) {
          i = skip;
          continue;
        }
      }
      i = gt + 1;
    }
    if (i < n && n - i > this.maxToken) this.tooLong(b, i, n);
    this.held = i >= n ? new Uint8Array(0) : b.slice(i);
  }
}

const isSpace = (ch: number) => ch === 32 || (ch >= 9 && ch <= 13);

/** Start of the local name (after any `prefix:`); a one-byte name is kept whole. */
function localStart(b: Uint8Array, start: number, end: number): number {
  if (end - start === 1) return start;
  for (let k = start; k < end; k++) if (b[k] === COLON) return k + 1;
  return start;
}
