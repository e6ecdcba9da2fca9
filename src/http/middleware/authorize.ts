/** Bearer-token check for one route: 401 without a valid token, 403 for a role not allowed. @module */
import type { Context } from 'hono';
import type { Role } from '../../auth/roles.ts';
import { type TokenFailure, verifyToken } from '../../auth/verify-token.ts';
import type { AppEnv } from '../context.ts';
import { ApiProblem } from '../problem.ts';
import { effectiveRoles } from '../route.ts';

const WHY: Record<TokenFailure, string> = {
  expired: 'The bearer token has expired; ask for a new one.',
  unknown_kid: 'The bearer token was signed with a key this API does not hold.',
  bad_signature: 'The bearer token signature does not verify.',
  wrong_audience: 'The bearer token was issued for another audience.',
  wrong_issuer: 'The bearer token was issued by another issuer.',
  no_role: 'The bearer token carries no known role.',
  future_iat: 'The bearer token was issued in the future (iat); check the issuing clock.',
  too_long:
    'The bearer token lives longer than this API allows (see CM_JWT_MAX_TTL); ask for a shorter one.',
  bad_scope:
    'The bearer token names its hubs wrongly (coordinator: hubs, a list of spreadsheet IDs; partner: hub, one ID).',
  malformed: 'The bearer token is not a valid HS256 JWT.',
};

const challenge = (error?: string) => ({
  'www-authenticate': error
    ? `Bearer realm="corridor-monitor", error="${error}"`
    : 'Bearer realm="corridor-monitor"',
});

/** An Authorization header's bearer token (RFC 6750 token68), captured. */
export const BEARER = /^Bearer[ ]+([A-Za-z0-9._~+/-]+=*)$/i;

/** Sets the caller's role on the context, or throws the matching problem. */
export async function authorize(c: Context<AppEnv>, allowed: readonly Role[]): Promise<void> {
  const auth = c.get('deps').config.auth;
  const header = c.req.header('authorization') ?? '';
  const match = BEARER.exec(header.trim());
  if (!match?.[1]) {
    throw new ApiProblem(
      'unauthorized',
      'This endpoint needs an Authorization: Bearer <token> header.',
      { headers: challenge() },
    );
  }
  if (Object.keys(auth.keys).length === 0) {
    throw new ApiProblem(
      'not-configured',
      'No token keys are configured on this server (CM_JWT_KEYS).',
    );
  }
  const verified = await verifyToken(match[1], auth);
  if (!verified.ok) {
    throw new ApiProblem('unauthorized', WHY[verified.reason], {
      headers: challenge('invalid_token'),
    });
  }
  c.set('role', verified.role);
  c.set('hubs', verified.hubs ?? []);
  const roles = effectiveRoles(allowed);
  if (!roles.includes(verified.role)) {
    throw new ApiProblem(
      'forbidden',
      `The ${verified.role} role may not use this endpoint (allowed: ${roles.join(', ')}).`,
    );
  }
}
