import { afterEach, describe, expect, test } from 'vitest';
import { MAX_WAITING_CALLERS, WorkerPool } from '../../src/compose/node/worker-pool.ts';

interface Job {
  id: string;
  ms: number;
}

let pool: WorkerPool<Job, string> | undefined;
afterEach(() => pool?.close());

async function onePool(queue: number): Promise<WorkerPool<Job, string>> {
  pool = new WorkerPool<Job, string>({
    size: 1,
    queue,
    budgetMs: 5_000,
    script: new URL('./support/sleepy-worker.mjs', import.meta.url),
  });
  await pool.ready;
  return pool;
}

describe('places reserved in the worker pool before a body is read', () => {
  test('with room, a place is given at once and its job runs', async () => {
    const p = await onePool(0);
    const place = await p.reserve(0);
    expect(await place?.run({ id: 'a', ms: 1 })).toEqual({ ok: true, reply: 'a' });
  });

  test('a caller waits while the pool is full and gets the place that frees up', async () => {
    const p = await onePool(0);
    const first = (await p.reserve(0))!.run({ id: 'first', ms: 150 });
    const started = performance.now();
    const place = await p.reserve(5_000);
    expect(place).toBeDefined();
    expect(performance.now() - started).toBeGreaterThanOrEqual(100);
    expect(await first).toEqual({ ok: true, reply: 'first' });
    expect(await place!.run({ id: 'second', ms: 1 })).toEqual({ ok: true, reply: 'second' });
  });

  test('a caller that waited past its bound is refused, and one with no wait at all at once', async () => {
    const p = await onePool(0);
    const busy = (await p.reserve(0))!.run({ id: 'busy', ms: 300 });
    expect(await p.reserve(0)).toBeUndefined();
    const started = performance.now();
    expect(await p.reserve(50)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(250);
    await busy;
  });

  test('a freed place goes to the caller that came last, and a newcomer does not pass those waiting', async () => {
    const p = await onePool(0);
    const busy = (await p.reserve(0))!.run({ id: 'busy', ms: 100 });
    const order: string[] = [];
    const waiters = ['w1', 'w2'].map(async (id) => {
      const place = await p.reserve(5_000);
      order.push(id);
      return place!.run({ id, ms: 20 });
    });
    expect(p.saturated).toBe(true);
    expect(await p.reserve(0)).toBeUndefined();
    await busy;
    await Promise.all(waiters);
    expect(order).toEqual(['w2', 'w1']);
  });

  test('a cancelled place goes to the next caller, and a place runs at most one job', async () => {
    const p = await onePool(0);
    const held = (await p.reserve(0))!;
    const next = p.reserve(5_000);
    held.cancel();
    const place = await next;
    expect(place).toBeDefined();
    expect(await held.run({ id: 'twice', ms: 1 })).toEqual({ ok: false, why: 'worker_failed' });
    expect(await place!.run({ id: 'next', ms: 1 })).toEqual({ ok: true, reply: 'next' });
  });

  test(`no more than ${MAX_WAITING_CALLERS} callers wait at once`, async () => {
    const p = await onePool(0);
    const busy = (await p.reserve(0))!.run({ id: 'busy', ms: 100 });
    const waiting = Array.from({ length: MAX_WAITING_CALLERS }, () => p.reserve(300));
    expect(await p.reserve(5_000)).toBeUndefined();
    await busy;
    const places = await Promise.all(waiting);
    expect(places.filter(Boolean)).toHaveLength(1);
    for (const place of places) place?.cancel();
  });
});
