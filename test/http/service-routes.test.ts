import { describe, expect, test } from 'vitest';
import { FIXED_TIME, testApp } from './support.ts';

describe('public service routes', () => {
  test('health answers 200 with the clock time and a request id header', async () => {
    const { app, logs } = testApp();
    const res = await app.request('/v1/health', { headers: { 'x-request-id': 'req-1' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('req-1');
    expect(await res.json()).toEqual({
      ok: true,
      service: 'corridor-monitor',
      version: '0.1.0',
      time: FIXED_TIME,
    });
    expect(logs).toEqual([
      expect.objectContaining({
        msg: 'request',
        method: 'GET',
        path: '/v1/health',
        status: 200,
        requestId: 'req-1',
        role: null,
      }),
    ]);
  });

  test('an unsafe request id is replaced by a fresh UUID', async () => {
    const { app } = testApp();
    const res = await app.request('/v1/health', { headers: { 'x-request-id': '<script>' } });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('the OpenAPI document is 3.1 and names every route with its roles', async () => {
    const { app } = testApp();
    const doc = (await (await app.request('/v1/openapi.json')).json()) as {
      openapi: string;
      paths: Record<
        string,
        Record<string, { 'x-roles': unknown; responses: Record<string, unknown> }>
      >;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/v1/health']?.get?.['x-roles']).toBe('public');
    expect(Object.keys(doc.components.schemas)).toContain('Problem');
    expect(JSON.stringify(doc)).not.toContain('$schema');
  });

  test('every $ref in the OpenAPI document resolves and every operation has a unique id', async () => {
    const { app } = testApp();
    const doc = (await (await app.request('/v1/openapi.json')).json()) as {
      paths: Record<string, Record<string, { operationId: string }>>;
      components: { schemas: Record<string, unknown> };
    };
    const refs = [
      ...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g),
    ].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(10);
    expect(refs.filter((id) => !(id! in doc.components.schemas))).toEqual([]);
    const ids = Object.values(doc.paths).flatMap((ops) =>
      Object.values(ops).map((op) => op.operationId),
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'health',
        'catalogue',
        'template',
        'validate',
        'assess',
        'index',
        'openapi',
        'docs',
      ]),
    );
  });

  test('the docs page is self-contained HTML with the roles matrix and the problem types', async () => {
    const { app } = testApp();
    const res = await app.request('/docs');
    const html = await res.text();
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'",
    );
    expect(html).toContain('<caption>Which role may call which endpoint</caption>');
    expect(html).toContain('id="problem-payload-too-large"');
    expect(html).not.toMatch(/<script|https?:\/\/(?!json-schema)/);
  });

  test('an unknown path is a 404 problem', async () => {
    const { app } = testApp();
    const res = await app.request('/v1/nope', { headers: { 'x-request-id': 'r404' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toEqual({
      type: '/docs#problem-not-found',
      title: 'Not found',
      status: 404,
      detail: 'No endpoint GET /v1/nope.',
      instance: '/v1/nope',
      requestId: 'r404',
    });
  });
});
