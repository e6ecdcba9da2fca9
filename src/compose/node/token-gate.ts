/**
 * The main thread's check of a pooled request's bearer token, before the
 * request waits for a worker or its body is read: a request the app would
 * refuse (no token, a bad one, a role the route does not admit) is answered
 * by the main thread's own app at once, the same problem, its body unread,
 * so uploads without a valid token never take a place in the pool.
 * @module
 */
import { verifyToken } from '../../auth/verify-token.ts';
import { type EnvRecord, loadConfig } from '../../http/config.ts';
import { BEARER } from '../../http/middleware/authorize.ts';
import { type AnyRoute, effectiveRoles } from '../../http/route.ts';
import { routes as apiRoutes } from '../../http/routes/index.ts';

/** @returns whether the app would let the request's token through to its route */
export type TokenGate = (request: Request) => Promise<boolean>;

export function tokenGate(env: EnvRecord, routes: readonly AnyRoute[] = apiRoutes): TokenGate {
  let auth: ReturnType<typeof loadConfig>['auth'];
  try {
    auth = loadConfig(env).auth;
  } catch {
    return async () => true; // a broken configuration: every request gets the app's own 503
  }
  const access = new Map(routes.map((r) => [`${r.method} ${r.path}`, r.access]));
  return async (request) => {
    const allowed = access.get(`${request.method} ${new URL(request.url).pathname}`);
    if (!allowed || allowed === 'public') return true;
    const match = BEARER.exec((request.headers.get('authorization') ?? '').trim());
    if (!match?.[1] || Object.keys(auth.keys).length === 0) return false;
    const verified = await verifyToken(match[1], auth);
    return verified.ok && effectiveRoles(allowed).includes(verified.role);
  };
}
