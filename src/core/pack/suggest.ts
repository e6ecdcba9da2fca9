/**
 * The closest valid country code for a typo, by edit distance over codes and
 * case-insensitive names.
 * @module
 */
import type { CountryInfo } from './types.ts';

/** Edit distance counting a swap of two neighbours as one edit (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * @example closestCode('NPLL', { NPL: { name: 'Nepal', ... } }); // => 'NPL'
 */
export function closestCode(
  raw: string,
  countries: Readonly<Record<string, CountryInfo>>,
): string | undefined {
  const text = raw.trim().toUpperCase();
  if (text === '') return undefined;
  let best: { code: string; d: number } | undefined;
  for (const [code, info] of Object.entries(countries)) {
    const name = info.name.toUpperCase();
    const anagram = [...text].sort().join('') === [...code].sort().join('');
    const d =
      Math.min(
        editDistance(text, code),
        name.startsWith(text) && text.length >= 3 ? 0 : editDistance(text, name),
      ) - (anagram ? 0.5 : 0);
    if (!best || d < best.d || (d === best.d && code < best.code)) best = { code, d };
  }
  return best && best.d <= Math.max(2, Math.floor(text.length / 3)) ? best.code : undefined;
}
