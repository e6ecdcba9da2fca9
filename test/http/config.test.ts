import { expect, test } from 'vitest';
import { appFromEnv } from '../../src/compose/app-from-env.ts';
import { ConfigError, clockFromEnv, loadConfig, signingKey } from '../../src/http/config.ts';

const KEYS = `a:${'a'.repeat(32)},b:${'b'.repeat(32)}`;

test('an empty environment gives safe defaults: no keys, no CORS, 10 MB limit', () => {
  expect(loadConfig({})).toEqual({
    auth: {
      issuer: 'corridor-monitor',
      audience: 'corridor-monitor-api',
      keys: {},
      maxTtlSeconds: 90 * 86_400,
    },
    corsOrigins: [],
    bodyLimitBytes: 10_485_760,
  });
});

test('every variable is read and trimmed', () => {
  const config = loadConfig({
    CM_JWT_KEYS: KEYS,
    CM_JWT_ISSUER: ' iom ',
    CM_JWT_AUDIENCE: 'api',
    CM_CORS_ORIGINS: 'https://a.example, http://localhost:3000',
    CM_BODY_LIMIT_BYTES: '2048',
    CM_PUBLIC_URL: 'https://api.example/',
    CM_JWT_MAX_TTL: '7d',
  });
  expect(config).toEqual({
    auth: {
      issuer: 'iom',
      audience: 'api',
      keys: { a: 'a'.repeat(32), b: 'b'.repeat(32) },
      maxTtlSeconds: 7 * 86_400,
    },
    corsOrigins: ['https://a.example', 'http://localhost:3000'],
    bodyLimitBytes: 2048,
    publicUrl: 'https://api.example',
  });
});

test('bad values are refused naming the variable', () => {
  expect(() => loadConfig({ CM_BODY_LIMIT_BYTES: '10MB' })).toThrow(
    /CM_BODY_LIMIT_BYTES expects a positive whole number/,
  );
  expect(() => loadConfig({ CM_CORS_ORIGINS: 'https://a.example/path' })).toThrow(
    /CM_CORS_ORIGINS expects origins/,
  );
  expect(() => loadConfig({ CM_JWT_KEYS: 'a:short' })).toThrow(ConfigError);
  expect(() => loadConfig({ CM_JWT_MAX_TTL: '400d' })).toThrow(/CM_JWT_MAX_TTL expects/);
  expect(() => loadConfig({ CM_PUBLIC_URL: 'https://a.example/?x=1' })).toThrow(
    /CM_PUBLIC_URL expects/,
  );
  expect(() => clockFromEnv({ CM_FIXED_TIME: 'yesterday' })).toThrow(
    /CM_FIXED_TIME expects an ISO 8601 instant/,
  );
});

test('CM_FIXED_TIME fixes the clock only when set', () => {
  expect(clockFromEnv({ CM_FIXED_TIME: '2026-01-15T12:00:00Z' }).now().toISOString()).toBe(
    '2026-01-15T12:00:00.000Z',
  );
  expect(Math.abs(clockFromEnv({}).now().getTime() - Date.now())).toBeLessThan(1000);
});

test('the signing key is CM_JWT_KID, or the only key', () => {
  expect(signingKey({ CM_JWT_KEYS: KEYS, CM_JWT_KID: 'b' })).toEqual({
    kid: 'b',
    secret: 'b'.repeat(32),
  });
  expect(signingKey({ CM_JWT_KEYS: `solo:${'s'.repeat(32)}` }).kid).toBe('solo');
  expect(() => signingKey({ CM_JWT_KEYS: KEYS, CM_JWT_KID: 'c' })).toThrow(/"c" is not a key id/);
});

test('a misconfigured server answers every request with a 503 problem instead of crashing', async () => {
  const logs: unknown[] = [];
  const app = appFromEnv({ CM_BODY_LIMIT_BYTES: '-1' }, (e) => logs.push(e));
  const res = await app.request('/v1/health');
  expect(res.status).toBe(503);
  expect(await res.json()).toMatchObject({
    title: 'Not configured',
    detail: expect.stringMatching(/CM_BODY_LIMIT_BYTES/),
  });
  expect(logs).toHaveLength(1);
});

test('with no keys configured an authenticated route is a 503 (401 without a token), a public one still works', async () => {
  const app = appFromEnv({ CM_FIXED_TIME: '2026-01-15T12:00:00Z' }, () => {});
  expect((await app.request('/v1/health')).status).toBe(200);
  expect((await app.request('/v1/openapi.json')).status).toBe(200);
  expect((await app.request('/v1/catalogue')).status).toBe(401);
  expect(
    (await app.request('/v1/catalogue', { headers: { authorization: 'Bearer a.b.c' } })).status,
  ).toBe(503);
});

test('a Sheets variable set but wrong is a 503 naming it too', async () => {
  const app = appFromEnv({ CM_SHEETS_SERVICE_ACCOUNT_JSON: 'not json' }, () => {});
  const res = await app.request('/v1/health');
  expect(res.status).toBe(503);
  expect(((await res.json()) as { detail: string }).detail).toMatch(
    /CM_SHEETS_SERVICE_ACCOUNT_JSON/,
  );
});
