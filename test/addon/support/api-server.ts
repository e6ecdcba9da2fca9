/**
 * The real API app (createApp from src/http) for the add-on tests, in its
 * own process: the UrlFetchApp fake blocks the test's thread while it waits.
 * /v1/review gets a stub Sheets gateway (no Google account offline): the
 * test spreadsheet is readable, any other is not shared with the service
 * account. Prints one JSON line: port, a token per role, the routes used.
 * Run: node --import tsx test/addon/support/api-server.ts
 * @module
 */
import { serve } from '@hono/node-server';
import { fsPackReader } from '../../../src/adapters/pack/index.ts';
import type { Role } from '../../../src/auth/roles.ts';
import { signToken } from '../../../src/auth/sign-token.ts';
import type { SheetsGateway } from '../../../src/core/contract/sheets-gateway.ts';
import { createApp } from '../../../src/http/app.ts';
import { clockFromEnv, loadConfig } from '../../../src/http/config.ts';
import { routes } from '../../../src/http/routes/index.ts';

export const TEST_SPREADSHEET_ID = '1FakeSpreadsheetId0123456789';
const SERVICE_ACCOUNT = 'corridor-monitor@addon-tests.iam.gserviceaccount.com';

const ADDON_ROUTES = [
  ['GET', '/v1/template'],
  ['GET', '/v1/corridors/:id/template'],
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
const expiresAt = new Date(Date.parse(fixedTime) + 7 * 86_400_000).toISOString();

const sheets: SheetsGateway = {
  kind: 'sheets',
  serviceAccountEmail: SERVICE_ACCOUNT,
  recalculate: () => Promise.reject(new Error('recalculation is not part of the add-on tests')),
  review: async (spreadsheetId) =>
    spreadsheetId === TEST_SPREADSHEET_ID
      ? {
          ok: true,
          review: {
            spreadsheetId,
            title: 'Add-on test',
            generatedAt: fixedTime,
            status: 'invalid',
            errors: 0,
            warnings: 0,
            issues: [],
            corridors: [],
            dimensions: [],
            gaps: [],
            hub: null,
          },
        }
      : { ok: false, failure: 'forbidden', reason: 'not shared with the service account' },
  signReviewLink: async (spreadsheetId) => ({ token: `signed.${spreadsheetId}`, expiresAt }),
  openReviewLink: async () => undefined,
} as SheetsGateway;

const real = createApp({
  config: loadConfig(env),
  clock: clockFromEnv(env),
  log: () => {},
  sheets,
  pack: fsPackReader('data/pack'),
});
const tokens = Object.fromEntries(
  await Promise.all(
    (['statistician', 'partner', 'coordinator'] as Role[]).map(async (role) => [
      role,
      await signToken({
        role,
        kid: 't1',
        secret,
        issuer: 'corridor-monitor',
        audience: 'corridor-monitor-api',
        ttlSeconds: 3600,
        subject: 'addon-tests',
        // coordinator and partner tokens name their hub (least privilege, issue 10)
        hubs: role === 'statistician' ? [] : ['1AddonTestHubAddonTestHub0123'],
      }),
    ]),
  ),
) as Record<Role, string>;
const mounted = new Set(routes.map((r) => `${r.method} ${r.path}`));
const missing = ADDON_ROUTES.map(([m, p]) => `${m} ${p}`).filter((key) => !mounted.has(key));
if (missing.length > 0) {
  console.error(`The API no longer mounts what the add-on calls: ${missing.join(', ')}`);
  process.exit(1);
}

const server = serve({ fetch: real.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  console.log(
    JSON.stringify({
      port: info.port,
      tokens,
      serviceAccount: SERVICE_ACCOUNT,
      routes: ADDON_ROUTES.map(([m, p]) => `${m} ${p}`),
    }),
  );
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
