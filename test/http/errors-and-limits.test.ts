import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { createApp } from '../../src/http/app.ts';
import type { AppDeps } from '../../src/http/deps.ts';
import { defineRoute } from '../../src/http/route.ts';
import { AUDIENCE, ISSUER, json, KEYS, token } from './support.ts';

const echo = defineRoute({
  method: 'POST',
  path: '/t/echo',
  operationId: 'echo',
  summary: 'echo',
  tag: 'Test',
  access: ['statistician'],
  body: z.object({
    tabs: z.record(z.string(), z.array(z.array(z.union([z.string(), z.number(), z.null()])))),
  }),
  query: z.object({ n: z.coerce.number().int().min(1).optional() }),
  responses: [{ status: 200, description: 'ok' }],
  handle: (c, { body, query }) => c.json({ tabs: Object.keys(body.tabs), n: query.n ?? null }),
});
const boom = defineRoute({
  method: 'GET',
  path: '/t/boom',
  operationId: 'boom',
  summary: 'boom',
  tag: 'Test',
  access: 'public',
  responses: [{ status: 200, description: 'never' }],
  handle: () => {
    throw new Error('secret internals at /srv/app.ts:12');
  },
});

function app(bodyLimitBytes = 1024) {
  const logs: Record<string, unknown>[] = [];
  const deps: AppDeps = {
    config: {
      auth: { issuer: ISSUER, audience: AUDIENCE, keys: KEYS },
      corsOrigins: ['https://sheets.example.org'],
      bodyLimitBytes,
    },
    clock: { now: () => new Date(0) },
    log: (e) => logs.push(e),
  };
  return { app: createApp(deps, [echo, boom]), logs };
}

describe('request errors are RFC 9457 problems', () => {
  test('a valid body passes through the schema to the handler', async () => {
    const res = await app().app.request(
      '/t/echo?n=3',
      json({ tabs: { A: [[1, 'x', null]] } }, await token('statistician')),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ tabs: ['A'], n: 3 });
  });

  test('malformed JSON is a 400 problem', async () => {
    const init = json({}, await token('statistician'));
    const res = await app().app.request('/t/echo', {
      ...init,
      body: '{"tabs": [',
      headers: { ...init.headers, 'x-request-id': 'm1' },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.headers.get('x-request-id')).toBe('m1');
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      type: '/docs#problem-malformed-json',
      title: 'Malformed JSON',
      status: 400,
      instance: '/t/echo',
      requestId: 'm1',
    });
    expect(body.detail).toMatch(/^The request body is not valid JSON/);
  });

  test('a body that breaks the schema is a 422 naming each field by JSON Pointer', async () => {
    const res = await app().app.request(
      '/t/echo',
      json({ tabs: { 'A/B': [[1, { nested: true }]] } }, await token('statistician')),
    );
    expect(res.status).toBe(422);
    const body = (await res.json()) as { errors: { pointer: string; detail: string }[] };
    expect(body.errors.map((e) => e.pointer)).toEqual(['#/tabs/A~1B/0/1']);
  });

  test('a query parameter that breaks the schema is a 422 naming the parameter', async () => {
    const res = await app().app.request(
      '/t/echo?n=0',
      json({ tabs: {} }, await token('statistician')),
    );
    expect(res.status).toBe(422);
    expect(((await res.json()) as { errors: { parameter: string }[] }).errors[0]?.parameter).toBe(
      'n',
    );
  });

  test('a body that is not JSON is a 415', async () => {
    const res = await app().app.request('/t/echo', {
      method: 'POST',
      headers: {
        'content-type': 'text/plain',
        authorization: `Bearer ${await token('statistician')}`,
      },
      body: 'hello',
    });
    expect(res.status).toBe(415);
  });

  test('a body over the limit is a 413, with or without a Content-Length', async () => {
    const big = JSON.stringify({ tabs: { A: [['x'.repeat(2000)]] } });
    const bearer = `Bearer ${await token('statistician')}`;
    const sized = await app().app.request('/t/echo', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': String(big.length),
        authorization: bearer,
      },
      body: big,
    });
    const stream = new ReadableStream({
      start: (c) => {
        c.enqueue(new TextEncoder().encode(big));
        c.close();
      },
    });
    const streamed = await app().app.request('/t/echo', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: bearer },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    for (const res of [sized, streamed]) {
      expect(res.status).toBe(413);
      expect(((await res.json()) as { detail: string }).detail).toBe(
        'The request body exceeds the limit of 1024 bytes.',
      );
    }
  });

  describe.each([
    ['chunks', undefined],
    ['a byte stream', 'bytes' as const],
  ])('a body of undeclared length arriving as %s', (_, type) => {
    const post = async (bytes: Uint8Array) => {
      const stream = new ReadableStream({
        ...(type ? { type } : {}),
        start: (c: ReadableStreamDefaultController<Uint8Array>) => {
          for (let i = 0; i < bytes.length; i += 3) c.enqueue(bytes.slice(i, i + 3));
          c.close();
        },
      } as UnderlyingDefaultSource<Uint8Array>);
      return app().app.request('/t/echo', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await token('statistician')}`,
        },
        body: stream,
        duplex: 'half',
      } as RequestInit);
    };

    test('is read whole, multi-byte characters cut between its pieces', async () => {
      const text = JSON.stringify({ tabs: { Türkiye: [['Côte d’Ivoire', 1]], B: [[null]] } });
      const res = await post(new TextEncoder().encode(text));
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ tabs: ['Türkiye', 'B'], n: null });
    });

    test('is refused with a 413 once it passes the limit', async () => {
      const big = JSON.stringify({ tabs: { A: [['x'.repeat(2000)]] } });
      const res = await post(new TextEncoder().encode(big));
      expect(res.status).toBe(413);
      expect(((await res.json()) as { detail: string }).detail).toBe(
        'The request body exceeds the limit of 1024 bytes.',
      );
    });
  });

  test('an unexpected failure is a generic 500: no message, path or stack reaches the caller, the log keeps the cause', async () => {
    const { app: a, logs } = app();
    const res = await a.request('/t/boom', { headers: { 'x-request-id': 'b1' } });
    const text = await res.text();
    expect(res.status).toBe(500);
    expect(text).not.toMatch(/secret|srv|\.ts|at /);
    expect(JSON.parse(text)).toMatchObject({ title: 'Internal error', requestId: 'b1' });
    expect(logs).toContainEqual(
      expect.objectContaining({
        msg: 'unhandled',
        requestId: 'b1',
        error: 'Error: secret internals at /srv/app.ts:12',
      }),
    );
    expect(logs).toContainEqual(
      expect.objectContaining({ msg: 'request', status: 500, level: 'error' }),
    );
  });

  test('log lines carry method, route pattern, status, duration, request id and role, never the token', async () => {
    const { app: a, logs } = app();
    const bearer = await token('statistician');
    await a.request('/t/echo', json({ tabs: {} }, bearer));
    expect(logs).toHaveLength(1);
    expect(Object.keys(logs[0] ?? {}).sort()).toEqual([
      'durationMs',
      'level',
      'method',
      'msg',
      'path',
      'requestId',
      'role',
      'status',
    ]);
    expect(logs[0]).toMatchObject({
      method: 'POST',
      path: '/t/echo',
      status: 200,
      role: 'statistician',
    });
    expect(JSON.stringify(logs)).not.toContain(bearer.slice(0, 20));
  });
});

describe('CORS', () => {
  test('a configured origin is allowed, with the preflight answered without a token', async () => {
    const res = await app().app.request('/t/echo', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://sheets.example.org',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://sheets.example.org');
    expect(res.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
  });

  test('any other origin gets no CORS grant', async () => {
    const res = await app().app.request('/t/boom', { headers: { origin: 'https://evil.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('with no configured origins no CORS header is ever sent', async () => {
    const deps: AppDeps = {
      config: {
        auth: { issuer: ISSUER, audience: AUDIENCE, keys: KEYS },
        corsOrigins: [],
        bodyLimitBytes: 1024,
      },
      clock: { now: () => new Date(0) },
      log: () => {},
    };
    const res = await createApp(deps, [boom]).request('/v1/health', {
      headers: { origin: 'https://sheets.example.org' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});
