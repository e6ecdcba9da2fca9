/**
 * The code a user most likely meant for an unknown country code: the one the
 * corridor id already names at that place, else an ISO code one edit away.
 * @module
 */
import { checkCountry, countryName, ISO_ALPHA3 } from '../template/countries.ts';

/** Edits (insert, delete, replace, swap of neighbours) between two short codes. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  return d[a.length]![b.length]!;
}

/**
 * @param raw - the unknown code as typed
 * @param fromId - the code the corridor id has at this place, if any
 * @returns "; did you mean MEX (Mexico)?" or "" when nothing is close
 * @example suggestCountry('MXX', 'MEX') // => '; did you mean MEX (Mexico), as in the corridor id?'
 */
export function suggestCountry(raw: string, fromId?: string): string {
  const typed = raw.trim().toUpperCase();
  if (fromId !== undefined && checkCountry(fromId).kind === 'iso' && fromId !== typed)
    return `; did you mean ${fromId} (${countryName(fromId)}), as in the corridor id?`;
  const close = ISO_ALPHA3.filter((c) => distance(typed, c) === 1);
  if (close.length === 0 || close.length > 3) return '';
  return `; did you mean ${close.map((c) => `${c} (${countryName(c)})`).join(' or ')}?`;
}
