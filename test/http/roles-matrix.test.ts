import { describe, expect, test } from 'vitest';
import type { Role } from '../../src/auth/roles.ts';
import { effectiveRoles } from '../../src/http/route.ts';
import { routes } from '../../src/http/routes/index.ts';
import { type TokenKind, testApp, token } from './support.ts';

/** The roles matrix of issue 4, written out: who may call what. */
const MATRIX: Record<string, readonly Role[] | 'public'> = {
  'GET /v1/health': 'public',
  'GET /v1/catalogue': ['statistician', 'coordinator', 'partner'],
  'GET /v1/template': ['statistician', 'coordinator', 'partner'],
  'POST /v1/validate': ['statistician', 'coordinator', 'partner'],
  'POST /v1/assess': ['statistician', 'coordinator'],
  'POST /v1/index': ['statistician', 'coordinator'],
  'POST /v1/recalculate': ['coordinator'],
  'POST /v1/review': ['partner', 'coordinator'],
  'GET /v1/review/:token': 'public',
  'GET /v1/corridors': ['statistician', 'coordinator', 'partner'],
  'GET /v1/corridors/:id': ['statistician', 'coordinator', 'partner'],
  'GET /v1/corridors/:id/template.xlsx': ['statistician', 'coordinator', 'partner'],
  'GET /v1/corridors/:id/template': ['statistician', 'coordinator', 'partner'],
};
const ROLES: Role[] = ['statistician', 'coordinator', 'partner'];
const BAD: TokenKind[] = [
  'expired',
  'forged',
  'wrong-audience',
  'unknown-kid',
  'lives-100-years',
  'issued-tomorrow',
];

const key = (r: { method: string; path: string }) => `${r.method} ${r.path}`;
const request = (r: { method: string; path: string }, bearer?: string): [string, RequestInit] => {
  const headers: Record<string, string> = bearer ? { authorization: `Bearer ${bearer}` } : {};
  const path = r.path === '/v1/template' ? '/v1/template?corridor=MEX-USA' : r.path;
  if (r.method === 'GET') return [path, { headers }];
  return [
    path,
    { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: '{}' },
  ];
};

test('every mounted route is in the roles matrix, with the same roles', () => {
  const mounted = Object.fromEntries(
    routes.map((r) => [key(r), r.access === 'public' ? 'public' : effectiveRoles(r.access).sort()]),
  );
  const expected = Object.fromEntries(
    Object.entries(MATRIX).map(([k, v]) => [k, v === 'public' ? 'public' : [...v].sort()]),
  );
  expect(mounted).toEqual(expected);
});

describe.each(routes.filter((r) => r.access !== 'public').map((r) => [key(r), r] as const))(
  '%s',
  (_, route) => {
    const allowed = MATRIX[key(route)] as readonly Role[];

    test('without a token it answers 401 with a Bearer challenge', async () => {
      const res = await testApp().app.request(...request(route));
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="corridor-monitor"');
      expect(res.headers.get('content-type')).toBe('application/problem+json');
    });

    test.each(ROLES.flatMap((role) => BAD.map((kind) => [role, kind] as const)))(
      'a %s token that is %s answers 401',
      async (role, kind) => {
        const res = await testApp().app.request(...request(route, await token(role, kind)));
        expect(res.status).toBe(401);
        expect(res.headers.get('www-authenticate')).toContain('error="invalid_token"');
      },
    );

    test.each(ROLES)(
      'a valid %s token is let through exactly when the matrix allows it',
      async (role) => {
        const { app, logs } = testApp();
        const res = await app.request(...request(route, await token(role)));
        if (allowed.includes(role)) {
          expect([401, 403]).not.toContain(res.status);
        } else {
          expect(res.status).toBe(403);
          expect(((await res.json()) as { detail: string }).detail).toContain(
            `The ${role} role may not use this endpoint`,
          );
        }
        expect(logs.at(-1)).toMatchObject({ role, path: route.path });
      },
    );
  },
);
