/**
 * HS256 keys by key id, read from one environment value so several keys can
 * be valid at once during a rotation: `kid1:secret1,kid2:secret2`.
 * @module
 */

/** HS256 wants at least as many key bytes as hash bytes (RFC 7518 §3.2). */
export const MIN_SECRET_LENGTH = 32;

export class KeyRingError extends Error {
  override name = 'KeyRingError';
}

/**
 * Parses `kid:secret` pairs separated by commas (whitespace around them is ignored).
 * @throws KeyRingError naming the entry, never printing the secret
 * @example parseKeyRing('2026a:0123…') // => { '2026a': '0123…' }
 */
export function parseKeyRing(text: string | undefined): Record<string, string> {
  const keys: Record<string, string> = {};
  const entries = (text ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  for (const [index, entry] of entries.entries()) {
    const colon = entry.indexOf(':');
    const kid = colon > 0 ? entry.slice(0, colon).trim() : '';
    const secret = colon > 0 ? entry.slice(colon + 1).trim() : '';
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(kid)) {
      throw new KeyRingError(
        `CM_JWT_KEYS entry ${index + 1} expects kid:secret with a kid of letters, digits, . _ -`,
      );
    }
    if (secret.length < MIN_SECRET_LENGTH) {
      throw new KeyRingError(
        `CM_JWT_KEYS key "${kid}" expects a secret of at least ${MIN_SECRET_LENGTH} characters, got ${secret.length}`,
      );
    }
    if (kid in keys) throw new KeyRingError(`CM_JWT_KEYS lists key "${kid}" twice`);
    keys[kid] = secret;
  }
  return keys;
}
