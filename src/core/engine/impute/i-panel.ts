/** COINr `impute_panel`: imputation along time within each unit. @module */

/**
 * As COINr 1.1.14's `impute_panel`. "latest": a missing value takes the
 * unit's value at the latest earlier time point that has one, looking back at
 * most `maxTime` time points of the panel (the distinct times of all rows, so
 * on a biennial panel 1 means two years). "linear": `approx(rule = 2)`, i.e.
 * linear between two observed times and the nearest observed value before the
 * first or after the last. A series with fewer than two observations is left
 * as it is (COINr stops with an error there).
 * @param x - values, one per row, NaN = missing
 * @param units - the unit of each row
 * @param time - the time of each row
 * @param type - "latest" or "linear"
 * @param maxTime - look-back limit for "latest", in time points (default unlimited)
 * @returns a new column
 * @example iPanel([NaN, 1, NaN, 3, NaN], ['A', 'A', 'A', 'A', 'A'], [2018, 2019, 2020, 2021, 2022], 'linear') // => [1, 1, 2, 3, 3]
 */
export function iPanel(
  x: ArrayLike<number>,
  units: readonly string[],
  time: readonly number[],
  type: 'latest' | 'linear',
  maxTime = Number.POSITIVE_INFINITY,
): Float64Array {
  const out = Float64Array.from(x);
  const times = [...new Set(time)].sort((a, b) => a - b);
  const pos = new Map(times.map((t, k) => [t, k]));
  const byUnit = new Map<string, number[]>();
  units.forEach((u, i) => {
    const list = byUnit.get(u) ?? [];
    list.push(i);
    byUnit.set(u, list);
  });
  for (const idx of byUnit.values()) {
    idx.sort((a, b) => time[a]! - time[b]!);
    const avail = idx.filter((i) => !Number.isNaN(x[i]!));
    if (type === 'linear' && avail.length < 2) continue;
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
        if (prev !== undefined && pos.get(t)! - pos.get(time[prev]!)! <= maxTime) out[i] = x[prev]!;
      } else if (prev !== undefined && next !== undefined) {
        const f = (t - time[prev]!) / (time[next]! - time[prev]!);
        out[i] = x[prev]! + f * (x[next]! - x[prev]!);
      } else {
        out[i] = x[(prev ?? next)!]!;
      }
    }
  }
  return out;
}
