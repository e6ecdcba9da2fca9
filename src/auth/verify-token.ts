/**
 * Checks a bearer token: HS256 signature by one of the configured key ids,
 * issuer, audience, expiry, a known role, an issue time not in the future, a
 * lifetime within the maximum, and well-formed hub claims. Always against the
 * real clock (CM_FIXED_TIME never applies). Failures are values, not throws.
 * @module
 */
import { errors, type JWTHeaderParameters, jwtVerify } from 'jose';
import { type AuthConfig, isRole, type Role } from './roles.ts';
import { readScope } from './scope.ts';
import { DEFAULT_MAX_TTL_SECONDS } from './ttl.ts';

export type TokenFailure =
  | 'expired'
  | 'unknown_kid'
  | 'bad_signature'
  | 'wrong_audience'
  | 'wrong_issuer'
  | 'no_role'
  | 'future_iat'
  | 'too_long'
  | 'bad_scope'
  | 'malformed';

export type Verified =
  | {
      ok: true;
      role: Role;
      subject?: string;
      /** Coordinator: the hubs it may recalculate; partner: its one hub. Absent when none. */
      hubs?: string[];
    }
  | { ok: false; reason: TokenFailure };

class UnknownKid extends Error {}

/** Seconds of clock skew tolerated between issuer and verifier. */
export const CLOCK_TOLERANCE_SECONDS = 30;

export async function verifyToken(
  token: string,
  auth: AuthConfig,
  now: Date = new Date(),
): Promise<Verified> {
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
      currentDate: now,
    });
    const seconds = Math.floor(now.getTime() / 1000);
    const max = auth.maxTtlSeconds ?? DEFAULT_MAX_TTL_SECONDS;
    const { iat, exp } = payload as { iat: number; exp: number };
    if (iat > seconds + CLOCK_TOLERANCE_SECONDS) return { ok: false, reason: 'future_iat' };
    if (exp - iat > max || exp - seconds > max + CLOCK_TOLERANCE_SECONDS)
      return { ok: false, reason: 'too_long' };
    if (!isRole(payload.role)) return { ok: false, reason: 'no_role' };
    const hubs = readScope(payload.role, payload);
    if (!hubs) return { ok: false, reason: 'bad_scope' };
    return {
      ok: true,
      role: payload.role,
      ...(payload.sub ? { subject: payload.sub } : {}),
      ...(hubs.length > 0 ? { hubs } : {}),
    };
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
    if (error.claim === 'iat') return 'future_iat';
  }
  return 'malformed';
}
