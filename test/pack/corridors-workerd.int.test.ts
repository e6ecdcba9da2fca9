import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { signToken } from '../../src/auth/sign-token.ts';
import { bundleWorker, offline } from '../contract/runtimes.ts';

const SECRET = 'w'.repeat(40);
const dir = mkdtempSync(join(tmpdir(), 'pack-assets-'));
let mf: {
  dispatchFetch: (url: string, init?: unknown) => Promise<Response>;
  dispose: () => Promise<void>;
};

beforeAll(async () => {
  offline();
  cpSync('data/pack', join(dir, 'pack'), { recursive: true });
  const { Miniflare } = await import('miniflare');
  const m = new Miniflare({
    modules: true,
    script: await bundleWorker(),
    compatibilityDate: '2026-04-01',
    bindings: { CM_JWT_KEYS: `k:${SECRET}` },
    assets: { directory: dir, binding: 'ASSETS', routerConfig: { has_user_worker: true } },
    cf: false,
  } as never);
  await m.ready;
  mf = m as unknown as typeof mf;
});

afterAll(async () => {
  await mf?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

test('on Workers, GET /v1/corridors/{id} reads the pack shards from the ASSETS binding', async () => {
  const bearer = await signToken({
    role: 'partner',
    kid: 'k',
    secret: SECRET,
    issuer: 'corridor-monitor',
    audience: 'corridor-monitor-api',
    ttlSeconds: 3600,
  });
  const res = await mf.dispatchFetch('http://localhost/v1/corridors/NPL-QAT', {
    headers: { authorization: `Bearer ${bearer}` },
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { corridor: { stock: { year: number; value: number } } };
  expect(body.corridor.stock).toEqual({ year: 2020, value: 253_940 });
});
