/** The requests every runtime must answer byte for byte the same. */
import { signToken } from '../../src/auth/sign-token.ts';
import { exampleWorkbook } from './example-workbook.ts';

export const SECRET = 'contract-secret-'.padEnd(48, 'x');
export const ENV = {
  CM_JWT_KEYS: `contract:${SECRET}`,
  CM_FIXED_TIME: '2026-01-15T12:00:00Z',
  CM_CORS_ORIGINS: 'https://sheets.example.org',
};

export interface Fixture {
  name: string;
  path: string;
  init: RequestInit;
}

const claims = {
  kid: 'contract',
  secret: SECRET,
  issuer: 'corridor-monitor',
  audience: 'corridor-monitor-api',
  ttlSeconds: 3600,
};

export async function fixtures(): Promise<Fixture[]> {
  const statistician = `Bearer ${await signToken({ ...claims, role: 'statistician' })}`;
  const partner = `Bearer ${await signToken({ ...claims, role: 'partner' })}`;
  const expired = `Bearer ${await signToken({ ...claims, role: 'coordinator', now: new Date(Date.now() - 7200_000) })}`;
  const get = (name: string, path: string, auth?: string): Fixture => ({
    name,
    path,
    init: {
      headers: { 'x-request-id': `contract-${name}`, ...(auth ? { authorization: auth } : {}) },
    },
  });
  const post = (
    name: string,
    path: string,
    body: string,
    auth?: string,
    type = 'application/json',
  ): Fixture => ({
    name,
    path,
    init: {
      method: 'POST',
      body,
      headers: {
        'x-request-id': `contract-${name}`,
        'content-type': type,
        ...(auth ? { authorization: auth } : {}),
      },
    },
  });
  const iData = [
    { uCode: 'A', x1: 1, x2: 10 },
    { uCode: 'B', x1: 3, x2: 5 },
    { uCode: 'C', x1: 2, x2: 0 },
  ];
  const iMeta =
    'iCode,Level,Parent,Direction,Weight,Type\r\nx1,1,Index,1,1,Indicator\r\nx2,1,Index,-1,1,Indicator\r\nIndex,2,,1,1,Aggregate\r\n';
  return [
    get('health', '/v1/health'),
    get('openapi', '/v1/openapi.json'),
    get('docs', '/docs'),
    get('catalogue', '/v1/catalogue', statistician),
    get('template', '/v1/template?corridor=MEX-GTM-USA', partner),
    post('validate-example', '/v1/validate', JSON.stringify(exampleWorkbook()), partner),
    post('assess-example', '/v1/assess', JSON.stringify(exampleWorkbook()), statistician),
    post('index', '/v1/index', JSON.stringify({ iData, iMeta }), statistician),
    get('no-token', '/v1/catalogue'),
    get('expired-token', '/v1/catalogue', expired),
    post('partner-assess', '/v1/assess', '{"tabs":{}}', partner),
    post('malformed-json', '/v1/assess', '{"tabs":', statistician),
    post('schema-error', '/v1/assess', '{"tabs":{"A":[[{"x":1}]]}}', statistician),
    post('not-json', '/v1/validate', 'tabs', partner, 'text/plain'),
    get('unknown-path', '/v1/nowhere'),
  ];
}
