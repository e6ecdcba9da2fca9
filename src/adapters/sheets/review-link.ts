/**
 * Signed, expiring review links: an HS256 JWT naming the spreadsheet, so the
 * review page can be rebuilt from the sheet without storing anything.
 * @module
 */
import { jwtVerify, SignJWT } from 'jose';

const AUDIENCE = 'corridor-monitor:review';

export async function signReviewToken(
  secret: string,
  spreadsheetId: string,
  now: Date,
  ttlSeconds: number,
): Promise<{ token: string; expiresAt: string }> {
  const iat = Math.floor(now.getTime() / 1000);
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(spreadsheetId)
    .setAudience(AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ttlSeconds)
    .sign(new TextEncoder().encode(secret));
  return { token, expiresAt: new Date((iat + ttlSeconds) * 1000).toISOString() };
}

/** @returns the spreadsheet ID and expiry, or undefined when the token is forged, malformed or expired. */
export async function openReviewToken(
  secret: string,
  token: string,
  now: Date,
): Promise<{ spreadsheetId: string; expiresAt: string } | undefined> {
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
      algorithms: ['HS256'],
      audience: AUDIENCE,
      currentDate: now,
    });
    if (typeof payload.sub !== 'string' || typeof payload.exp !== 'number') return undefined;
    return { spreadsheetId: payload.sub, expiresAt: new Date(payload.exp * 1000).toISOString() };
  } catch {
    return undefined;
  }
}
