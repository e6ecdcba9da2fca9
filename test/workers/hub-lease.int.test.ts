/// <reference types="@cloudflare/vitest-pool-workers/types" />
import { env } from 'cloudflare:test';
import { expect, test } from 'vitest';
import {
  durableHubLease,
  type LeaseNamespace,
} from '../../src/adapters/cloudflare/hub-lease-object.ts';

const HUB = '1hubhubhubhubhubhubhubhubhubhubhubhubhubhubh';
const namespace = (env as unknown as { HUB_LEASE: LeaseNamespace }).HUB_LEASE;

test("in workerd, a hub's Durable Object lets one run hold the hub; the second is told who holds it until its release", async () => {
  const first = durableHubLease(namespace, HUB, 'run-aaaa1111');
  const second = durableHubLease(namespace, HUB, 'run-bbbb2222');
  expect(await first.acquire()).toEqual({ ok: true });
  const refused = await second.acquire();
  expect(refused).toMatchObject({ ok: false, holder: 'run-aaaa1111' });
  expect(await first.confirm()).toBe(true);
  expect(await second.confirm()).toBe(false);
  await first.release();
  expect(await second.acquire()).toEqual({ ok: true });
  expect(await first.confirm()).toBe(false);
  await second.release();
});

test('another hub has its own lease', async () => {
  const one = durableHubLease(namespace, HUB, 'run-cccc3333');
  const other = durableHubLease(
    namespace,
    '1otherotherotherotherotherotherotherother',
    'run-dddd4444',
  );
  expect(await one.acquire()).toEqual({ ok: true });
  expect(await other.acquire()).toEqual({ ok: true });
  await one.release();
  await other.release();
});

test('an expired lease does not block', async () => {
  const crashed = durableHubLease(namespace, HUB, 'run-eeee5555', 1);
  expect(await crashed.acquire()).toEqual({ ok: true });
  await new Promise((r) => setTimeout(r, 20));
  const next = durableHubLease(namespace, HUB, 'run-ffff6666');
  expect(await next.acquire()).toEqual({ ok: true });
  await next.release();
});
