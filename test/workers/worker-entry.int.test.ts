/// <reference types="@cloudflare/vitest-pool-workers/types" />
import { SELF } from 'cloudflare:test';
import { describe, expect, test } from 'vitest';

// runs inside workerd through functions/worker.ts, with the bindings of vitest.config.ts
describe('the Worker entry in workerd', () => {
  test('health answers from the bindings: fixed clock, request id echoed', async () => {
    const res = await SELF.fetch('http://example.com/v1/health', {
      headers: { 'x-request-id': 'w1' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('w1');
    expect(await res.json()).toEqual({
      ok: true,
      service: 'corridor-monitor',
      version: '0.1.0',
      time: '2026-01-15T12:00:00.000Z',
    });
  });

  test('an authenticated route refuses a missing token with a problem', async () => {
    const res = await SELF.fetch('http://example.com/v1/catalogue');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });

  test('the runtime is workerd, not Node', () => {
    expect(navigator.userAgent).toBe('Cloudflare-Workers');
  });
});
