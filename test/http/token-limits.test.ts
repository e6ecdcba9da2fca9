import { SignJWT } from 'jose';
import { describe, expect, test } from 'vitest';
import { AUDIENCE, HUB, ISSUER, KEYS, testApp } from './support.ts';

/** A coordinator token with hand-set iat and exp (seconds), as an attacker holding a key might mint. */
function minted(iat: number, exp: number, claims: Record<string, unknown> = {}) {
  return new SignJWT({ role: 'coordinator', hubs: [HUB], ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid: 'current' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(new TextEncoder().encode(KEYS.current));
}

const now = () => Math.floor(Date.now() / 1000);
const DAY = 86_400;

async function answer(bearer: string, maxTtlSeconds?: number) {
  const config = maxTtlSeconds
    ? { auth: { issuer: ISSUER, audience: AUDIENCE, keys: KEYS, maxTtlSeconds } }
    : {};
  const res = await testApp(config).app.request('/v1/catalogue', {
    headers: { authorization: `Bearer ${bearer}` },
  });
  return { status: res.status, body: (await res.json()) as { detail?: string } };
}

describe('token lifetime and issue time', () => {
  test('a token living 100 years is refused as too long', async () => {
    const res = await answer(await minted(now(), now() + 100 * 365 * DAY));
    expect(res.status).toBe(401);
    expect(res.body.detail).toMatch(/lives longer than this API allows/);
  });

  test('a token with exp 1e300 is refused', async () => {
    const res = await answer(await minted(now(), 1e300));
    expect(res.status).toBe(401);
  });

  test('a token issued a day in the future is refused', async () => {
    const res = await answer(await minted(now() + DAY, now() + 2 * DAY));
    expect(res.status).toBe(401);
    expect(res.body.detail).toMatch(/issued in the future/);
  });

  test('a token backdated so that exp - iat exceeds the maximum is refused even while fresh', async () => {
    const res = await answer(await minted(now() - 200 * DAY, now() + DAY));
    expect(res.status).toBe(401);
    expect(res.body.detail).toMatch(/lives longer/);
  });

  test('the maximum follows the configuration: 89 days passes the default, not a 7-day limit', async () => {
    const token = await minted(now(), now() + 89 * DAY);
    expect((await answer(token)).status).toBe(200);
    expect((await answer(token, 7 * DAY)).status).toBe(401);
  });

  test('hub claims of the wrong shape are refused', async () => {
    for (const claims of [{ hubs: 'not-a-list' }, { hubs: ['x'] }, { hub: HUB }]) {
      const res = await answer(await minted(now(), now() + DAY, claims));
      expect(res.status, JSON.stringify(claims)).toBe(401);
      expect(res.body.detail).toMatch(/names its hubs wrongly/);
    }
  });
});
