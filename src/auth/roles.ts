/** The three roles a token can carry, and what verification needs. @module */

export const ROLES = ['statistician', 'coordinator', 'partner'] as const;

export type Role = (typeof ROLES)[number];

/** Verification keys for bearer tokens, by key id (rotation = several kids at once). */
export interface AuthConfig {
  issuer: string;
  audience: string;
  /** kid -> HMAC secret (HS256) or PEM/JWK public key, as configured. */
  keys: Record<string, string>;
  /** Longest lifetime a token may have (exp - iat and exp - now); default 90 days (CM_JWT_MAX_TTL). */
  maxTtlSeconds?: number;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
