/** Two Node server processes recalculating one hub on the fake Sheets server: one run at a time, across instances. */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from 'vitest';
import { signToken } from '../../src/auth/sign-token.ts';
import {
  type FakeSheetsServer,
  serviceAccountKeyFile,
  startFakeSheets,
} from '../support/fake-sheets/index.ts';
import { addHubOfTwo } from './support/fake-engine.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const SECRET = 'i'.repeat(40);
const A = '1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const B = '1bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const HUB = '1hubhubhubhubhubhubhubhubhubhubhubhubhubhubh';

let fake: FakeSheetsServer;
let instances: { url: string; child: ChildProcess }[] = [];
let bearer = '';

async function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

async function instance(env: Record<string, string>) {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'functions/node-server.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), CM_POOL_SIZE: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => (out += String(d)));
  child.stderr?.on('data', (d) => (out += String(d)));
  for (let i = 0; !out.includes('"listening"'); i++) {
    if (child.exitCode !== null || i > 600) throw new Error(`instance did not start: ${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url: `http://127.0.0.1:${port}`, child };
}

const recalculate = (url: string) =>
  fetch(`${url}/v1/recalculate`, {
    method: 'POST',
    headers: { authorization: bearer, 'content-type': 'application/json' },
    body: JSON.stringify({ hubId: HUB }),
  });

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 600 && !condition(); i++) await new Promise((r) => setTimeout(r, 50));
  if (!condition()) throw new Error('condition not met within 30 s');
}

beforeAll(async () => {
  fake = await startFakeSheets();
  const env = {
    CM_JWT_KEYS: `k:${SECRET}`,
    CM_SHEETS_SERVICE_ACCOUNT_JSON: await serviceAccountKeyFile(fake),
    CM_SHEETS_REVIEW_SECRET: 's'.repeat(32),
    CM_SHEETS_ROOT_URL: fake.url,
    CM_SHEETS_TOKEN_URL: `${fake.url}token`,
    CM_SHEETS_UNCERTAINTY_RUNS: '0',
  };
  instances = await Promise.all([instance(env), instance(env)]);
  bearer = `Bearer ${await signToken({
    role: 'coordinator',
    kid: 'k',
    secret: SECRET,
    issuer: 'corridor-monitor',
    audience: 'corridor-monitor-api',
    ttlSeconds: 600,
    hubs: [HUB],
  })}`;
});
afterAll(async () => {
  for (const { child } of instances) child.kill('SIGTERM');
  await fake?.stop();
});
beforeEach(() => {
  addHubOfTwo(fake, { a: A, b: B, hub: HUB });
  fake.requests.length = 0;
});
afterEach(() => {
  expect(fake.violations).toEqual([]);
});

test('while one instance is writing the hub, the other gets 409 problem+json and touches no corridor sheet; afterwards it may run', async () => {
  const [one, two] = instances as [(typeof instances)[0], (typeof instances)[0]];
  const release = fake.holdWrites(A);
  const first = recalculate(one.url);
  await waitFor(() =>
    fake.requests.some((r) => r.method === 'batchUpdate' && r.spreadsheetId === A),
  );
  const readsOfA = fake.count('get', A);
  const second = await recalculate(two.url);
  expect(second.status).toBe(409);
  expect(second.headers.get('content-type')).toBe('application/problem+json');
  expect(second.headers.get('retry-after')).toBe('30');
  expect(((await second.json()) as { detail: string }).detail).toMatch(
    /Another recalculation \(run-[0-9a-f]{8}\) holds this hub until/,
  );
  expect(fake.count('get', A)).toBe(readsOfA);
  release();
  expect((await first).status).toBe(200);
  const again = await recalculate(two.url);
  expect(again.status).toBe(200);
});

test('two instances starting at the same moment: exactly one runs, the other gets 409', async () => {
  const release = fake.holdWrites(HUB);
  const runs = instances.map((i) => recalculate(i.url));
  await waitFor(
    () =>
      fake.requests.filter((r) => r.method === 'batchUpdate' && r.spreadsheetId === HUB).length ===
      2,
  );
  release();
  const statuses = (await Promise.all(runs)).map((r) => r.status).sort();
  expect(statuses).toEqual([200, 409]);
  // the winner wrote every corridor sheet exactly once
  expect(fake.count('batchUpdate', A)).toBe(1);
  expect(fake.count('batchUpdate', B)).toBe(1);
});
