/**
 * createApp: the one Hono app behind every runtime. Web-standard APIs only.
 * @module
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { EXPOSED_HEADERS, setSecurityHeaders } from './answer-headers.ts';
import type { AppEnv } from './context.ts';
import type { AppDeps } from './deps.ts';
import { checkWorkbookLimits, DEFAULT_LIMITS } from './limits.ts';
import { authorize } from './middleware/authorize.ts';
import { requestContext } from './middleware/request-context.ts';
import { parseBody, parseQuery, readJsonBody } from './parse-request.ts';
import { ApiProblem, problemResponse } from './problem.ts';
import type { AnyRoute } from './route.ts';
import { docsRoutes } from './routes/docs.ts';
import { routes as apiRoutes } from './routes/index.ts';
import { parseWorkbookBody } from './workbook-body.ts';

export function createApp(deps: AppDeps, routes: readonly AnyRoute[] = apiRoutes): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(requestContext(deps));
  app.use(securityHeaders);
  if (deps.config.corsOrigins.length > 0) {
    app.use(
      cors({
        origin: (origin) => (deps.config.corsOrigins.includes(origin) ? origin : null),
        allowMethods: ['GET', 'POST', 'OPTIONS'],
        allowHeaders: ['Authorization', 'Content-Type', 'X-Request-Id'],
        exposeHeaders: EXPOSED_HEADERS,
        maxAge: 600,
      }),
    );
  }
  for (const route of [...routes, ...docsRoutes(routes)]) mount(app, deps, route);

  app.notFound((c) =>
    problemResponse(
      new ApiProblem('not-found', `No endpoint ${c.req.method} ${instance(c.req.url)}.`),
      instance(c.req.url),
      c.get('requestId'),
    ),
  );
  app.onError((error, c) => {
    const requestId = c.get('requestId') ?? crypto.randomUUID();
    if (error instanceof ApiProblem) return problemResponse(error, instance(c.req.url), requestId);
    if (clientGone(c.req.raw, error)) {
      // the caller hung up mid-upload: nobody to answer and nothing wrong with the server
      deps.log({ level: 'info', msg: 'client aborted', requestId });
      return new Response(null, { status: 499 });
    }
    // the cause goes to the log only; the caller sees a generic problem
    deps.log({
      level: 'error',
      msg: 'unhandled',
      requestId,
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    });
    return problemResponse(
      new ApiProblem(
        'internal-error',
        'The server failed to handle this request; quote the requestId when reporting it.',
      ),
      instance(c.req.url),
      requestId,
    );
  });
  return app;
}

function mount(app: Hono<AppEnv>, deps: AppDeps, route: AnyRoute): void {
  app.on(route.method, route.path, async (c) => {
    c.set('route', route.path);
    if (route.access !== 'public') await authorize(c, route.access);
    const query = route.query ? parseQuery(route.query, c.req.query()) : undefined;
    let body: unknown;
    if (route.body) {
      const role = c.get('role') ?? 'partner';
      const limits = deps.config.limits ?? DEFAULT_LIMITS;
      const inspect = route.workbook
        ? (text: string) => checkWorkbookLimits(text, role, limits)
        : undefined;
      const raw = await readJsonBody(c, deps.config.bodyLimitBytes, inspect);
      body = route.workbook
        ? parseWorkbookBody(
            route.body,
            raw,
            route.compactBody && {
              schema: route.compactBody,
              limitBytes: deps.config.bodyLimitBytes,
            },
          )
        : parseBody(route.body, raw);
    }
    return route.handle(c, { body, query });
  });
}

/** The request's connection closed before its body was read. */
function clientGone(request: Request, error: unknown): boolean {
  if (request.signal?.aborted) return true;
  const e = error as { message?: unknown; code?: unknown } | null;
  return e?.message === 'aborted' || e?.code === 'ECONNRESET' || e?.code === 'ABORT_ERR';
}

/**
 * The path only (query strings may carry identifiers), with any segment that
 * could be a token or ID (20+ characters) replaced: a problem never echoes a
 * credential such as a review token.
 */
export const instance = (url: string): string =>
  new URL(url).pathname
    .split('/')
    .map((segment) => (segment.length >= 20 ? '{redacted}' : segment))
    .join('/');

const securityHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  setSecurityHeaders(c.res.headers);
};
