/**
 * Checks a bearer token: HS256 signature by one of the configured key ids,
 * issuer, audience, expiry, and a known role. Failures are values, not throws.
 * @module
 */
import { errors, type JWTHeaderParameters, jwtVerify } from 'jose';
import { type AuthConfig, isRole, type Role } from './roles.ts';

export type TokenFailure =
  | 'expired'
  | 'unknown_kid'
  | 'bad_signature'
  | 'wrong_audience'
  | 'wrong_issuer'
  | 'no_role'
  | 'malformed';

export type Verified =
  | { ok: true; role: Role; subject?: string }
  | { ok: false; reason: TokenFailure };

class UnknownKid extends Error {}

/** Seconds of clock skew tolerated between issuer and verifier. */
const CLOCK_TOLERANCE_SECONDS = 30;

export async function verifyToken(token: string, auth: AuthConfig): Promise<Verified> {
  const keyFor = (header: JWTHeaderParameters) => {
    const secret =
      header.kid !== undefined && Object.hasOwn(auth.keys, header.kid)
        ? auth.keys[header.kid]
        : undefined;
    if (secret === undefined) throw new UnknownKid();
    return new TextEncoder().encode(secret);
  };
  try {
    const { payload } = await jwtVerify(token, keyFor, {
      algorithms: ['HS256'],
      issuer: auth.issuer,
      audience: auth.audience,
      requiredClaims: ['exp', 'iat'],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    });
    if (!isRole(payload.role)) return { ok: false, reason: 'no_role' };
    return payload.sub
      ? { ok: true, role: payload.role, subject: payload.sub }
      : { ok: true, role: payload.role };
  } catch (error) {
    return { ok: false, reason: failureOf(error) };
  }
}

function failureOf(error: unknown): TokenFailure {
  if (error instanceof UnknownKid) return 'unknown_kid';
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'bad_signature';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return 'wrong_audience';
    if (error.claim === 'iss') return 'wrong_issuer';
  }
  return 'malformed';
}
