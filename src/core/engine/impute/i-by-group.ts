/** COINr `i_mean_grp` / `i_median_grp`: imputation within groups. @module */
import { iMean } from './i-mean.ts';
import { iMedian } from './i-median.ts';

/**
 * Replaces missing values with the mean (or median) of the unit's group.
 * A group with no data leaves its missing values missing.
 * @param x - values, NaN = missing
 * @param groups - the group of each value
 * @param f - the within-group imputation (iMean or iMedian)
 * @returns a new column
 * @example iByGroup([1, NaN, 3, 10, NaN, 30], ['a', 'a', 'a', 'b', 'b', 'b'], iMean) // => [1, 2, 3, 10, 20, 30]
 */
export function iByGroup(
  x: ArrayLike<number>,
  groups: readonly string[],
  f: (v: ArrayLike<number>) => Float64Array,
): Float64Array {
  const out = Float64Array.from(x);
  const members = new Map<string, number[]>();
  for (let i = 0; i < out.length; i++) {
    const g = groups[i] ?? '';
    const list = members.get(g) ?? [];
    list.push(i);
    members.set(g, list);
  }
  for (const idx of members.values()) {
    const filled = f(idx.map((i) => out[i]!));
    idx.forEach((i, k) => {
      out[i] = filled[k]!;
    });
  }
  return out;
}

/** COINr `i_mean_grp`. @example iMeanGrp([1, NaN, 3], ['a', 'a', 'a']) // => [1, 2, 3] */
export const iMeanGrp = (x: ArrayLike<number>, groups: readonly string[]) => iByGroup(x, groups, iMean);
/** COINr `i_median_grp`. @example iMedianGrp([1, NaN, 3], ['a', 'a', 'a']) // => [1, 2, 3] */
export const iMedianGrp = (x: ArrayLike<number>, groups: readonly string[]) => iByGroup(x, groups, iMedian);
