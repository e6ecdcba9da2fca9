/**
 * The closest valid country code for a typo, by edit distance over codes and
 * case-insensitive names.
 * @module
 */
import type { CountryInfo } from './types.ts';

/** Levenshtein distance, small strings only. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
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
    const d = Math.min(
      editDistance(text, code),
      name.startsWith(text) && text.length >= 3 ? 0 : editDistance(text, name),
    );
    if (!best || d < best.d || (d === best.d && code < best.code)) best = { code, d };
  }
  return best && best.d <= Math.max(2, Math.floor(text.length / 3)) ? best.code : undefined;
}
