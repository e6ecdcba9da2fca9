/**
 * The last text read in each column, kept with its bytes: down an Indicators
 * tab most cells repeat the one above (the corridor, the indicator, its unit
 * and source), and a repeat is found by one compare of its bytes, with no
 * hashing and no lookup in the interner. The text is whatever the caller
 * decoded from those bytes, so a repeat gives the same text.
 * @module
 */

/** Columns kept (a template tab is narrower). */
const COLUMNS = 64;
/** Longer texts are not kept. */
const MAX_BYTES = 256;

export class ColumnRepeats {
  private readonly bytes: (Uint8Array | undefined)[] = new Array(COLUMNS).fill(undefined);
  private readonly texts: string[] = new Array(COLUMNS).fill('');

  /** The text of `b[start, end)` in 0-based `column` when it repeats the last one kept there. */
  get(column: number, b: Uint8Array, start: number, end: number): string | undefined {
    if (column >= COLUMNS) return undefined;
    const kept = this.bytes[column];
    const n = end - start;
    if (kept === undefined || kept.length !== n) return undefined;
    for (let k = 0; k < n; k++) if (kept[k] !== b[start + k]) return undefined;
    return this.texts[column];
  }

  /** Keeps `text` as the text of `b[start, end)` in `column`; returns it. */
  keep(column: number, b: Uint8Array, start: number, end: number, text: string): string {
    if (column < COLUMNS && end - start <= MAX_BYTES) {
      this.bytes[column] = b.slice(start, end);
      this.texts[column] = text;
    }
    return text;
  }
}
