/**
 * Small integer ids for tuples of texts, equal exactly when the texts joined
 * with `|` are equal, without building that joined key for every row (a hot
 * loop: one lookup per row of a 400k-row tab). Rows come in runs of one
 * tuple, so the last tuple answers most calls by comparing its parts. Other
 * tuples walk a tree of Maps, one level per part; `order` names the parts to
 * walk first: the ones with few values (a side, a country), so the tree has
 * few Maps and every key is a text that repeats (its hash kept). Tuples
 * whose parts hold a `|` fall back to the joined text, so they match
 * precisely as the joined key would: such a key has more `|` than any tuple
 * without one, so the two kinds never meet. All tuples given to one
 * instance have the same length.
 * @module
 */

type Level = Map<string, Level | number>;

export class KeyIds {
  private readonly root: Level = new Map();
  private readonly joined = new Map<string, number>();
  private next = 0;
  // the last tuple and its id
  private readonly last: string[] = [];
  private lastId = -1;

  /** @param order - the parts' indexes in the order the tree is walked (default: as given) */
  constructor(private readonly order?: readonly number[]) {}

  /** How many distinct tuples have an id. */
  get size(): number {
    return this.next;
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
    const id = this.lookUp(parts);
    for (let k = 0; k < n; k++) last[k] = parts[k]!;
    this.lastId = id;
    return id;
  }

  private lookUp(parts: readonly string[]): number {
    const n = parts.length;
    for (let k = 0; k < n; k++) if (parts[k]!.includes('|')) return this.joinedId(parts.join('|'));
    const order = this.order;
    let level = this.root;
    for (let k = 0; k < n - 1; k++) {
      const part = parts[order === undefined ? k : order[k]!]!;
      let below = level.get(part) as Level | undefined;
      if (below === undefined) {
        below = new Map();
        level.set(part, below);
      }
      level = below;
    }
    const leaf = parts[order === undefined ? n - 1 : order[n - 1]!]!;
    const hit = level.get(leaf) as number | undefined;
    if (hit !== undefined) return hit;
    const id = this.next++;
    level.set(leaf, id);
    return id;
  }

  private joinedId(key: string): number {
    const hit = this.joined.get(key);
    if (hit !== undefined) return hit;
    const id = this.next++;
    this.joined.set(key, id);
    return id;
  }
}
