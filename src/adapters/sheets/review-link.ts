/**
 * Signed, expiring review links: a JWT encrypted with a key derived from the
 * review secret (dir + A256GCM), naming the spreadsheet and the hub it is
 * compared with. Encrypted so that a link shows neither ID to whoever holds it;
 * authenticated so that it cannot be altered. Expiry is always checked against
 * the real clock, never CM_FIXED_TIME.
 * @module
 */
import { EncryptJWT, jwtDecrypt } from 'jose';

const AUDIENCE = 'corridor-monitor:review';

export interface ReviewLink {
  spreadsheetId: string;
  hubId: string;
  expiresAt: string;
}

/** 32 bytes for A256GCM from the secret (at least 32 characters), separated from other uses by a label. */
async function keyOf(secret: string): Promise<Uint8Array> {
  const bytes = new TextEncoder().encode(`corridor-monitor review link\u0000${secret}`);
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
}

export async function signReviewToken(
  secret: string,
  link: { spreadsheetId: string; hubId: string },
  now: Date,
  ttlSeconds: number,
): Promise<{ token: string; expiresAt: string }> {
  const iat = Math.floor(now.getTime() / 1000);
  const token = await new EncryptJWT({ hub: link.hubId })
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', typ: 'JWT' })
    .setSubject(link.spreadsheetId)
    .setAudience(AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ttlSeconds)
    .encrypt(await keyOf(secret));
  return { token, expiresAt: new Date((iat + ttlSeconds) * 1000).toISOString() };
}

/** @returns what the link names, or undefined when it is forged, malformed or expired. */
export async function openReviewToken(
  secret: string,
  token: string,
  now: Date,
): Promise<ReviewLink | undefined> {
  if (token.length > 2048) return undefined;
  try {
    const { payload } = await jwtDecrypt(token, await keyOf(secret), {
      keyManagementAlgorithms: ['dir'],
      contentEncryptionAlgorithms: ['A256GCM'],
      audience: AUDIENCE,
      currentDate: now,
      requiredClaims: ['exp', 'iat', 'sub'],
    });
    const { sub, hub, exp } = payload;
    if (typeof sub !== 'string' || typeof hub !== 'string' || typeof exp !== 'number')
      return undefined;
    return { spreadsheetId: sub, hubId: hub, expiresAt: new Date(exp * 1000).toISOString() };
  } catch {
    return undefined;
  }
}
