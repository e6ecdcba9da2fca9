/**
 * The first row of each (tuple id, year), for the duplicate check of a long
 * tab: entries in typed arrays (no array per tuple, nothing for the garbage
 * collector to trace). A tuple's rows mostly come with rising years, so a
 * year past its latest is new without a search; any other year searches the
 * tuple's entries, one per distinct year (at most 201: years run 1900-2100).
 * @module
 */

/** Typed array of twice the length, the old entries copied. */
function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

export class FirstRows {
  /** Per tuple id: its latest year (0 while none). */
  private latest: Int32Array<ArrayBuffer> = new Int32Array(256);
  /** Per tuple id: 1 + the index of its last entry (0 while none). */
  private head = new Int32Array(256);
  /** Per entry: its year, its row, and 1 + the index of the tuple's entry before it (0: none). */
  private year = new Int32Array(1024);
  private row = new Int32Array(1024);
  private before = new Int32Array(1024);
  private size = 0;

  /**
   * The row first given for the tuple's year, else undefined (and `row` is now that row).
   * @example const f = new FirstRows(); f.firstOrAdd(0, 2020, 5); f.firstOrAdd(0, 2020, 9); // => 5
   */
  firstOrAdd(id: number, year: number, row: number): number | undefined {
    while (id >= this.latest.length) {
      this.latest = grown(this.latest);
      this.head = grown(this.head);
    }
    if (year <= this.latest[id]!) {
      for (let e = this.head[id]!; e !== 0; e = this.before[e - 1]!)
        if (this.year[e - 1] === year) return this.row[e - 1];
    } else {
      this.latest[id] = year;
    }
    if (this.size === this.year.length) {
      this.year = grown(this.year);
      this.row = grown(this.row);
      this.before = grown(this.before);
    }
    const e = this.size++;
    this.year[e] = year;
    this.row[e] = row;
    this.before[e] = this.head[id]!;
    this.head[id] = e + 1;
    return undefined;
  }
}
