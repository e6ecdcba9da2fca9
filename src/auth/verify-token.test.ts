import { describe, expect, test } from 'vitest';
import type { AuthConfig } from './roles.ts';
import { signToken } from './sign-token.ts';
import { verifyToken } from './verify-token.ts';

const auth: AuthConfig = {
  issuer: 'corridor-monitor',
  audience: 'corridor-monitor-api',
  keys: { k2026a: 'a'.repeat(40), k2026b: 'b'.repeat(40) },
};
const base = {
  role: 'statistician' as const,
  kid: 'k2026a',
  secret: 'a'.repeat(40),
  issuer: auth.issuer,
  audience: auth.audience,
  ttlSeconds: 600,
};

describe('verifyToken', () => {
  test('a token signed by any configured key id is accepted with its role and subject', async () => {
    const a = await signToken({ ...base, subject: 'team-mex' });
    const b = await signToken({ ...base, role: 'partner', kid: 'k2026b', secret: 'b'.repeat(40) });
    expect(await verifyToken(a, auth)).toEqual({
      ok: true,
      role: 'statistician',
      subject: 'team-mex',
    });
    expect(await verifyToken(b, auth)).toEqual({ ok: true, role: 'partner' });
  });

  test('each kind of bad token is refused with its own reason', async () => {
    const past = new Date(Date.now() - 3600_000);
    const cases = {
      expired: await signToken({ ...base, now: past }),
      bad_signature: await signToken({ ...base, secret: 'x'.repeat(40) }),
      unknown_kid: await signToken({ ...base, kid: 'retired' }),
      wrong_audience: await signToken({ ...base, audience: 'someone-else' }),
      wrong_issuer: await signToken({ ...base, issuer: 'someone-else' }),
      malformed: 'not.a.token',
    };
    for (const [reason, token] of Object.entries(cases)) {
      expect(await verifyToken(token, auth), reason).toEqual({ ok: false, reason });
    }
  });

  test('a token without a known role is refused even when its signature verifies', async () => {
    const token = await signToken({ ...base, role: 'admin' as never });
    expect(await verifyToken(token, auth)).toEqual({ ok: false, reason: 'no_role' });
  });

  test('an unsigned token (alg none) and a key id inherited from Object are refused', async () => {
    const enc = (o: object) =>
      btoa(JSON.stringify(o)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      role: 'coordinator',
      iss: auth.issuer,
      aud: auth.audience,
      iat: now,
      exp: now + 60,
    };
    const none = `${enc({ alg: 'none', kid: 'k2026a' })}.${enc(claims)}.`;
    const proto = await signToken({ ...base, kid: 'constructor' });
    expect((await verifyToken(none, auth)).ok).toBe(false);
    expect(await verifyToken(proto, auth)).toEqual({ ok: false, reason: 'unknown_kid' });
  });
});
