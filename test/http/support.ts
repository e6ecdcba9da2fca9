/** Shared fixtures for the HTTP tests: deps with known keys, a fixed clock, captured logs, and tokens. */

import type { Role } from '../../src/auth/roles.ts';
import { signToken } from '../../src/auth/sign-token.ts';
import { createApp } from '../../src/http/app.ts';
import type { AppConfig, AppDeps } from '../../src/http/deps.ts';

export const FIXED_TIME = '2026-01-15T12:00:00.000Z';
export const KEYS = { current: 'c'.repeat(48), previous: 'p'.repeat(48) };
export const ISSUER = 'corridor-monitor';
export const AUDIENCE = 'corridor-monitor-api';
/** The hub every coordinator and partner test token names unless a test says otherwise. */
export const HUB = '1hubhubhubhubhubhubhubhubhubhubhubhubhubhubh';

export function testApp(config: Partial<AppConfig> = {}) {
  const logs: Record<string, unknown>[] = [];
  const deps: AppDeps = {
    config: {
      auth: { issuer: ISSUER, audience: AUDIENCE, keys: KEYS },
      corsOrigins: ['https://sheets.example.org'],
      bodyLimitBytes: 10 * 1024 * 1024,
      ...config,
    },
    clock: { now: () => new Date(FIXED_TIME) },
    log: (entry) => logs.push(entry),
  };
  return { app: createApp(deps), logs };
}

export type TokenKind =
  | 'valid'
  | 'expired'
  | 'forged'
  | 'wrong-audience'
  | 'unknown-kid'
  | 'lives-100-years'
  | 'issued-tomorrow';

export function token(
  role: Role,
  kind: TokenKind = 'valid',
  hubs: readonly string[] = role === 'statistician' ? [] : [HUB],
): Promise<string> {
  const base = {
    role,
    hubs,
    kid: 'current',
    secret: KEYS.current,
    issuer: ISSUER,
    audience: AUDIENCE,
    ttlSeconds: 3600,
  };
  switch (kind) {
    case 'valid':
      return signToken(base);
    case 'expired':
      return signToken({ ...base, now: new Date(Date.now() - 2 * 3600_000) });
    case 'forged':
      return signToken({ ...base, secret: 'f'.repeat(48) });
    case 'wrong-audience':
      return signToken({ ...base, audience: 'another-api' });
    case 'unknown-kid':
      return signToken({ ...base, kid: 'retired' });
    case 'lives-100-years':
      return signToken({ ...base, ttlSeconds: 100 * 365 * 86_400 });
    case 'issued-tomorrow':
      return signToken({ ...base, now: new Date(Date.now() + 86_400_000) });
  }
}

export const json = (body: unknown, bearer?: string): RequestInit => ({
  method: 'POST',
  headers: {
    'content-type': 'application/json',
    ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
  },
  body: JSON.stringify(body),
});
