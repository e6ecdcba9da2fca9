/** COINr `impute_panel`: imputation along time within each unit. @module */

/**
 * "latest": a missing value takes the unit's latest earlier value at most
 * `maxTime` time steps back. "linear": a missing value between two available
 * times is interpolated linearly; before the first or after the last it stays missing.
 * @param x - values, one per row, NaN = missing
 * @param units - the unit of each row
 * @param time - the time of each row
 * @param type - "latest" or "linear"
 * @param maxTime - look-back limit for "latest" (default unlimited)
 * @returns a new column
 * @example iPanel([1, NaN, 3], ['A', 'A', 'A'], [2019, 2020, 2021], 'linear') // => [1, 2, 3]
 */
export function iPanel(
  x: ArrayLike<number>,
  units: readonly string[],
  time: readonly number[],
  type: 'latest' | 'linear',
  maxTime = Number.POSITIVE_INFINITY,
): Float64Array {
  const out = Float64Array.from(x);
  const byUnit = new Map<string, number[]>();
  units.forEach((u, i) => {
    const list = byUnit.get(u) ?? [];
    list.push(i);
    byUnit.set(u, list);
  });
  for (const idx of byUnit.values()) {
    idx.sort((a, b) => time[a]! - time[b]!);
    const avail = idx.filter((i) => !Number.isNaN(x[i]!));
    for (const i of idx) {
      if (!Number.isNaN(x[i]!)) continue;
      const t = time[i]!;
      let prev: number | undefined;
      let next: number | undefined;
      for (const j of avail) {
        if (time[j]! < t) prev = j;
        else if (time[j]! > t && next === undefined) next = j;
      }
      if (type === 'latest') {
        if (prev !== undefined && t - time[prev]! <= maxTime) out[i] = x[prev]!;
      } else if (prev !== undefined && next !== undefined) {
        const f = (t - time[prev]!) / (time[next]! - time[prev]!);
        out[i] = x[prev]! + f * (x[next]! - x[prev]!);
      }
    }
  }
  return out;
}
