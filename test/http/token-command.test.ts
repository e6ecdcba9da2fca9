import { decodeProtectedHeader } from 'jose';
import { afterEach, expect, test, vi } from 'vitest';
import { verifyToken } from '../../src/auth/verify-token.ts';
import { main } from '../../src/cli/main.ts';

const HUB = '1hubhubhubhubhubhubhubhubhubhubhubhubhubhubh';
const HUB2 = '1otherhubotherhubotherhubotherhubotherhub';
const KEYS = `old:${'o'.repeat(40)},new:${'n'.repeat(40)}`;
const auth = {
  issuer: 'corridor-monitor',
  audience: 'corridor-monitor-api',
  keys: { old: 'o'.repeat(40), new: 'n'.repeat(40) },
};

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => out.push(String(s)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => err.push(String(s)) > 0);
  return { out, err };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  process.exitCode = undefined;
});

test('token prints a JWT signed with CM_JWT_KID that the API accepts with its role', async () => {
  vi.stubEnv('CM_JWT_KEYS', KEYS);
  vi.stubEnv('CM_JWT_KID', 'new');
  const { out } = capture();
  const link = `https://docs.google.com/spreadsheets/d/${HUB2}/edit#gid=0`;
  const args = ['--ttl', '30d', '--sub', 'hub', '--hub', HUB, '--hub', link];
  expect(await main(['token', '--role', 'coordinator', ...args])).toBe(0);
  const token = out.join('').trim();
  expect(decodeProtectedHeader(token)).toEqual({ alg: 'HS256', typ: 'JWT', kid: 'new' });
  expect(await verifyToken(token, auth)).toEqual({
    ok: true,
    role: 'coordinator',
    subject: 'hub',
    hubs: [HUB, HUB2],
  });
});

test('--kid picks another configured key', async () => {
  vi.stubEnv('CM_JWT_KEYS', KEYS);
  const { out } = capture();
  expect(await main(['token', '--role', 'partner', '--kid', 'old', '--hub', HUB])).toBe(0);
  expect(decodeProtectedHeader(out.join('').trim()).kid).toBe('old');
});

test('without keys, or with several keys and no kid, token exits 2 with a clear message', async () => {
  vi.stubEnv('CM_JWT_KEYS', '');
  const first = capture();
  expect(await main(['token', '--role', 'statistician'])).toBe(2);
  expect(first.err.join('')).toMatch(/CM_JWT_KEYS is not set/);
  vi.restoreAllMocks();
  vi.stubEnv('CM_JWT_KEYS', KEYS);
  const second = capture();
  expect(await main(['token', '--role', 'statistician'])).toBe(2);
  expect(second.err.join('')).toMatch(/CM_JWT_KID must name the signing key/);
  expect(second.out).toEqual([]);
});

test('an unknown role or a bad lifetime is bad usage', async () => {
  vi.stubEnv('CM_JWT_KEYS', KEYS);
  capture();
  expect(await main(['token', '--role', 'admin'])).toBe(2);
  expect(await main(['token', '--role', 'partner', '--ttl', '2y'])).toBe(2);
});

test('a coordinator token without --hub, a partner token with two hubs and a statistician token with one are bad usage', async () => {
  vi.stubEnv('CM_JWT_KEYS', KEYS);
  vi.stubEnv('CM_JWT_KID', 'new');
  const { out, err } = capture();
  expect(await main(['token', '--role', 'coordinator'])).toBe(2);
  expect(await main(['token', '--role', 'partner', '--hub', HUB, '--hub', HUB2])).toBe(2);
  expect(await main(['token', '--role', 'statistician', '--hub', HUB])).toBe(2);
  expect(await main(['token', '--role', 'partner', '--hub', 'https://example.org/x'])).toBe(2);
  expect(out).toEqual([]);
  expect(err.join('')).toMatch(/names the hubs it may recalculate/);
});

test('a lifetime beyond CM_JWT_MAX_TTL (default 90d) is refused; the default lifetime fits under it', async () => {
  vi.stubEnv('CM_JWT_KEYS', KEYS);
  vi.stubEnv('CM_JWT_KID', 'new');
  const { out, err } = capture();
  expect(await main(['token', '--role', 'partner', '--hub', HUB, '--ttl', '91d'])).toBe(2);
  expect(err.join('')).toMatch(/up to 90d \(CM_JWT_MAX_TTL\)/);
  vi.stubEnv('CM_JWT_MAX_TTL', '1d');
  expect(await main(['token', '--role', 'partner', '--hub', HUB])).toBe(0);
  const verified = await verifyToken(out.join('').trim(), { ...auth, maxTtlSeconds: 86_400 });
  expect(verified).toEqual({ ok: true, role: 'partner', hubs: [HUB] });
});
