/** Token lifetimes written like `30d`, `12h`, `15m` or `3600s`. @module */

const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86_400 } as const;

/** The longest lifetime a token may have unless CM_JWT_MAX_TTL says otherwise: 90 days. */
export const DEFAULT_MAX_TTL_SECONDS = 90 * 86_400;

/** No configuration may allow more than a year. */
export const MAX_TTL_SECONDS = 366 * 86_400;

/**
 * @returns the lifetime in seconds, or undefined when the text is not a lifetime up to a year
 * @example parseTtl('30d') // => 2592000
 */
export function parseTtl(text: string): number | undefined {
  return parseTtlUpTo(text, MAX_TTL_SECONDS);
}

/** As parseTtl, up to `max` seconds (never more than a year). */
export function parseTtlUpTo(text: string, max: number): number | undefined {
  const m = /^(\d{1,6})([smhd])$/.exec(text.trim());
  if (!m) return undefined;
  const seconds = Number(m[1]) * UNIT_SECONDS[m[2] as keyof typeof UNIT_SECONDS];
  return seconds > 0 && seconds <= Math.min(max, MAX_TTL_SECONDS) ? seconds : undefined;
}
