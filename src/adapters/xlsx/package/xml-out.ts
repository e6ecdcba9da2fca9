/**
 * Sheet XML written straight into one growing byte buffer, as UTF-8: the
 * same bytes as building the text and encoding it with `Buffer.from(text)`,
 * without the strings, the chunks or the final join. ASCII is copied a char
 * at a time (cell texts are short, where a native call costs more); anything
 * else goes through Buffer's own UTF-8 encoder.
 * @module
 */

/** Scratch kept between sheets: a sheet is written into it, then copied out at its exact size. */
let spare: Buffer | undefined;
/** Larger scratch is not kept (a server should not hold it). */
const MAX_SPARE = 32 * 1024 * 1024;

export class XmlOut {
  private buffer: Buffer;
  private at = 0;

  constructor() {
    this.buffer = spare ?? Buffer.allocUnsafe(1024 * 1024);
    spare = undefined;
  }

  /** Room for `bytes` more bytes. */
  reserve(bytes: number): void {
    const need = this.at + bytes;
    if (need <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < need) size *= 2;
    const grown = Buffer.allocUnsafe(size);
    this.buffer.copy(grown, 0, 0, this.at);
    this.buffer = grown;
  }

  /** Any text, UTF-8 encoded as Buffer.from encodes it. */
  text(s: string): void {
    const n = s.length;
    this.reserve(n * 3);
    const b = this.buffer;
    let at = this.at;
    for (let i = 0; i < n; i++) {
      const ch = s.charCodeAt(i);
      if (ch >= 0x80) {
        this.at = at + b.write(i === 0 ? s : s.slice(i), at, 'utf8');
        return;
      }
      b[at++] = ch;
    }
    this.at = at;
  }

  /** Bytes as they are (an ASCII piece of markup, say). */
  bytes(bytes: Uint8Array): void {
    const n = bytes.length;
    this.reserve(n);
    const b = this.buffer;
    let at = this.at;
    for (let i = 0; i < n; i++) b[at++] = bytes[i]!;
    this.at = at;
  }

  /** A non-negative integer below 2^53, in decimal, as String(n) writes it. */
  int(n: number): void {
    this.reserve(16);
    const b = this.buffer;
    if (n < 10) {
      b[this.at++] = 48 + n;
      return;
    }
    let digits = 1;
    for (let x = n; x >= 10; x = Math.floor(x / 10)) digits++;
    let at = this.at + digits;
    this.at = at;
    for (let x = n; digits > 0; digits--) {
      const q = Math.floor(x / 10);
      b[--at] = 48 + (x - q * 10);
      x = q;
    }
  }

  /** Where the next byte goes, to {@link rewind} to. */
  mark(): number {
    return this.at;
  }

  /** Drops what was written since `mark`. */
  rewind(mark: number): void {
    this.at = mark;
  }

  /** What was written, in a buffer of its own; the scratch goes back for the next sheet. */
  result(): Uint8Array {
    const out = Buffer.allocUnsafe(this.at);
    this.buffer.copy(out, 0, 0, this.at);
    if (this.buffer.length <= MAX_SPARE) spare = this.buffer;
    this.at = 0;
    return out;
  }
}

/** ASCII markup as bytes, for {@link XmlOut.bytes}. */
export const markup = (s: string): Uint8Array => Uint8Array.from(s, (ch) => ch.charCodeAt(0));
