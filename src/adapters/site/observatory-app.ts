/**
 * Serves a built observatory folder under a path prefix (default
 * /observatory/) on the Node server, with @hono/node-server's serveStatic:
 * folders answer with their index.html, a folder without its trailing slash
 * is redirected (so relative links resolve), anything else is a 404.
 * @module
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

export const OBSERVATORY_PREFIX = '/observatory';

const isDir = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

export function observatoryApp(dir: string, prefix = OBSERVATORY_PREFIX): Hono {
  const app = new Hono();
  app.get(prefix, (c) => c.redirect(`${prefix}/`, 301));
  app.use(`${prefix}/*`, async (c, next) => {
    const rel = c.req.path.slice(prefix.length);
    if (
      !rel.endsWith('/') &&
      !/\.[a-z0-9]+$/i.test(rel) &&
      !rel.includes('..') &&
      isDir(join(dir, rel))
    )
      return c.redirect(`${c.req.path}/`, 301);
    await next();
    if (c.res.ok) c.header('cache-control', 'public, max-age=300');
    return undefined;
  });
  app.use(
    `${prefix}/*`,
    serveStatic({ root: dir, rewriteRequestPath: (p) => p.slice(prefix.length) || '/' }),
  );
  app.notFound((c) => c.text('Not found in the observatory', 404));
  return app;
}

/** One fetch for the Node server: the observatory under its prefix, the API everywhere else. */
export function withObservatory(
  api: (request: Request) => Response | Promise<Response>,
  dir: string,
  prefix = OBSERVATORY_PREFIX,
): (request: Request) => Response | Promise<Response> {
  const site = observatoryApp(dir, prefix);
  return (request) => {
    const path = new URL(request.url).pathname;
    return path === prefix || path.startsWith(`${prefix}/`) ? site.fetch(request) : api(request);
  };
}
