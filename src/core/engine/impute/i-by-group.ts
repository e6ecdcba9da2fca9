/** COINr `i_mean_grp` / `i_median_grp`: imputation within groups. @module */
import { iMean } from './i-mean.ts';
import { iMedian } from './i-median.ts';

/**
 * Row indices of each group, in first-seen order (compute once, reuse per column).
 * A row whose group is empty belongs to no group (COINr: an NA group stays missing).
 * @param groups - the group of each row
 * @returns one index list per group
 * @example groupMembers(['a', 'b', '', 'a']) // => [[0, 3], [1]]
 */
export function groupMembers(groups: readonly string[]): Int32Array[] {
  const members = new Map<string, number[]>();
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i] ?? '';
    if (g === '') continue;
    const list = members.get(g);
    if (list) list.push(i);
    else members.set(g, [i]);
  }
  return [...members.values()].map((l) => Int32Array.from(l));
}

/**
 * Replaces missing values with the mean (or median) of the unit's group.
 * A group with no data leaves its missing values missing.
 * @param x - values, NaN = missing
 * @param members - row indices of each group (groupMembers)
 * @param f - the within-group imputation (iMean or iMedian)
 * @returns a new column
 * @example iByGroup([1, NaN, 3], groupMembers(['a', 'a', 'a']), iMean) // => [1, 2, 3]
 */
export function iByGroup(
  x: ArrayLike<number>,
  members: readonly Int32Array[],
  f: (v: ArrayLike<number>) => Float64Array,
): Float64Array {
  const out = Float64Array.from(x);
  for (const idx of members) {
    let missing = false;
    for (let k = 0; k < idx.length; k++) if (Number.isNaN(out[idx[k]!])) missing = true;
    if (!missing) continue;
    const part = new Float64Array(idx.length);
    for (let k = 0; k < idx.length; k++) part[k] = out[idx[k]!]!;
    const filled = f(part);
    for (let k = 0; k < idx.length; k++) out[idx[k]!] = filled[k]!;
  }
  return out;
}

/** COINr `i_mean_grp`. @example iMeanGrp([1, NaN, 3, 10, NaN, 30], ['a', 'a', 'a', 'b', 'b', 'b']) // => [1, 2, 3, 10, 20, 30] */
export const iMeanGrp = (x: ArrayLike<number>, groups: readonly string[]) =>
  iByGroup(x, groupMembers(groups), iMean);
/** COINr `i_median_grp`. @example iMedianGrp([1, NaN, 3], ['a', 'a', 'a']) // => [1, 2, 3] */
export const iMedianGrp = (x: ArrayLike<number>, groups: readonly string[]) =>
  iByGroup(x, groupMembers(groups), iMedian);
