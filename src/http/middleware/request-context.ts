/**
 * First middleware: request id (a caller's X-Request-Id when it is safe,
 * else a fresh UUID), the deps, and one structured log line per request.
 * @module
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.ts';
import type { AppDeps } from '../deps.ts';

const SAFE_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export function requestContext(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const given = c.req.header('x-request-id');
    const requestId = given && SAFE_ID.test(given) ? given : crypto.randomUUID();
    c.set('deps', deps);
    c.set('requestId', requestId);
    await next();
    c.res.headers.set('x-request-id', requestId);
    deps.log({
      level: c.res.status >= 500 ? 'error' : 'info',
      msg: 'request',
      method: c.req.method,
      path: c.get('route') ?? 'unmatched',
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      requestId,
      role: c.get('role') ?? null,
    });
  };
}
