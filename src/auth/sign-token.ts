/** Issues HS256 bearer tokens carrying a role and, for coordinators and partners, their hubs. @module */
import { SignJWT } from 'jose';
import type { Role } from './roles.ts';
import { scopeClaims } from './scope.ts';

export interface SignOptions {
  role: Role;
  kid: string;
  secret: string;
  issuer: string;
  audience: string;
  ttlSeconds: number;
  /** Who the token is for (a team or service name, not personal data). */
  subject?: string;
  /** Coordinator: the hubs it may recalculate. Partner: the one hub it reviews against. */
  hubs?: readonly string[];
  /** Issue time; defaults to now. */
  now?: Date;
}

/** @returns a compact JWS `header.payload.signature` */
export async function signToken(options: SignOptions): Promise<string> {
  const iat = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const jwt = new SignJWT({ role: options.role, ...scopeClaims(options.role, options.hubs ?? []) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid: options.kid })
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt(iat)
    .setExpirationTime(iat + options.ttlSeconds);
  if (options.subject) jwt.setSubject(options.subject);
  return jwt.sign(new TextEncoder().encode(options.secret));
}
