/**
 * Shares the strings of repeated cell texts (corridor ids, indicator codes,
 * units, sources) straight from their bytes: a repeated text is found by a
 * hash of its bytes, so it is neither decoded again nor held twice.
 * @module
 */
import { text } from './xml-bytes.ts';

/** Texts kept, at most (then new texts are decoded but not kept). */
const MAX_KEPT = 200_000;
/** Longer texts are decoded each time, not kept. */
const MAX_BYTES = 256;

export class ByteInterner {
  private mask = 4095;
  private keys: (Uint8Array | undefined)[] = new Array(4096);
  private values: string[] = new Array(4096);
  private size = 0;

  /**
   * The text of `b[start, end)` (UTF-8), the same string each time the same
   * bytes come; undefined when the bytes hold `&` or `_x` (entities or Excel
   * escapes, left to the string path) or are too long to keep.
   */
  get(b: Uint8Array, start: number, end: number): string | undefined {
    if (end - start > MAX_BYTES) return undefined;
    let h = 0x811c9dc5;
    for (let k = start; k < end; k++) {
      const ch = b[k]!;
      if (ch === 38 || (ch === 95 && b[k + 1] === 120)) return undefined;
      h = Math.imul(h ^ ch, 0x01000193);
    }
    const keys = this.keys;
    let slot = h & this.mask;
    for (let key = keys[slot]; key !== undefined; key = keys[slot]) {
      if (key.length === end - start) {
        let k = 0;
        while (k < key.length && key[k] === b[start + k]) k++;
        if (k === key.length) return this.values[slot]!;
      }
      slot = (slot + 1) & this.mask;
    }
    const s = text(b, start, end);
    if (this.size < MAX_KEPT) {
      keys[slot] = b.slice(start, end);
      this.values[slot] = s;
      if (++this.size * 2 > keys.length) this.grow();
    }
    return s;
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.mask = keys.length * 2 - 1;
    this.keys = new Array(keys.length * 2);
    this.values = new Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === undefined) continue;
      let h = 0x811c9dc5;
      for (let k = 0; k < key.length; k++) h = Math.imul(h ^ key[k]!, 0x01000193);
      let slot = h & this.mask;
      while (this.keys[slot] !== undefined) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.values[slot] = values[i]!;
    }
  }
}
