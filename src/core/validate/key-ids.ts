/**
 * Small integer ids for tuples of texts, equal exactly when the texts joined
 * with `|` are equal, without building that joined key for every row (a hot
 * loop: one lookup per row of a 400k-row tab). Rows come in runs of one
 * tuple, so the last tuple answers most calls by comparing its parts; the
 * joined key is built only when the tuple changes (once per run, not per
 * row, and one Map of them rather than a Map per shared prefix). All tuples
 * given to one instance have the same length.
 * @module
 */

export class KeyIds {
  private readonly byKey = new Map<string, number>();
  // the last tuple and its id
  private readonly last: string[] = [];
  private lastId = -1;

  /** How many distinct tuples have an id. */
  get size(): number {
    return this.byKey.size;
  }

  /**
   * The tuple's id, a new one for a tuple not seen before.
   * @example const ids = new KeyIds(); ids.id(['a', 'b']) === ids.id(['a', 'b']); // => true
   */
  id(parts: readonly string[]): number {
    const n = parts.length;
    const last = this.last;
    if (this.lastId >= 0) {
      let same = true;
      for (let k = 0; k < n && same; k++) same = parts[k] === last[k];
      if (same) return this.lastId;
    }
    const key = parts.join('|');
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.byKey.size;
      this.byKey.set(key, id);
    }
    for (let k = 0; k < n; k++) last[k] = parts[k]!;
    this.lastId = id;
    return id;
  }
}
