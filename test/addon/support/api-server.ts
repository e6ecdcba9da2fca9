/**
 * The API for the add-on tests, in its own process (the UrlFetchApp fake
 * blocks this test's thread while it waits). Every route the real app
 * (src/http) mounts is served by it; the add-on's routes it does not mount
 * yet fall back to the test double. Prints one JSON line: port, token, and
 * which routes are real.
 * Run: node --import tsx test/addon/support/api-server.ts
 * @module
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { signToken } from '../../../src/auth/sign-token.ts';
import { appFromEnv } from '../../../src/http/app-from-env.ts';
import { routes } from '../../../src/http/routes/index.ts';
import { apiDouble } from './api-double.ts';

const ADDON_ROUTES = [
  ['GET', '/v1/template'],
  ['POST', '/v1/validate'],
  ['POST', '/v1/assess'],
  ['POST', '/v1/review'],
] as const;

const secret = 'addon-test-secret-0123456789abcdef0123456789';
const fixedTime = '2026-01-15T12:00:00.000Z';
const env = {
  CM_JWT_KEYS: `t1:${secret}`,
  CM_FIXED_TIME: fixedTime,
  CM_BODY_LIMIT_BYTES: process.env.ADDON_TEST_BODY_LIMIT ?? String(10 * 1024 * 1024),
  CM_PUBLIC_URL: 'https://corridor-monitor.test',
};
const real = appFromEnv(env, () => {});
const token = await signToken({
  role: 'coordinator',
  kid: 't1',
  secret,
  issuer: 'corridor-monitor',
  audience: 'corridor-monitor-api',
  ttlSeconds: 3600,
  subject: 'addon-tests',
});
const double = apiDouble({ token, publicUrl: env.CM_PUBLIC_URL, now: () => new Date(fixedTime), bodyLimitBytes: Number(env.CM_BODY_LIMIT_BYTES) });
const mounted = new Set(routes.map((r) => `${r.method} ${r.path}`));
const isReal = (method: string, path: string) => mounted.has(`${method} ${path}`);
const useDouble = new Set(ADDON_ROUTES.filter(([m, p]) => !isReal(m, p)).map(([m, p]) => `${m} ${p}`));

const app = new Hono();
app.all('*', (c) => {
  const key = `${c.req.method} ${new URL(c.req.url).pathname}`;
  return (useDouble.has(key) ? double : real).fetch(c.req.raw);
});

const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  console.log(
    JSON.stringify({
      port: info.port,
      token,
      real: ADDON_ROUTES.filter(([m, p]) => isReal(m, p)).map(([m, p]) => `${m} ${p}`),
      double: [...useDouble],
    }),
  );
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
