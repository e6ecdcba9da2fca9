/** The Node server as `npm start` runs it: worker pool, budgets, and the errors Node answers itself. */
import { type ChildProcess, spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { signToken } from '../../src/auth/sign-token.ts';
import { exampleWorkbook } from '../contract/example-workbook.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const SECRET = 'n'.repeat(40);
const HUB = '1hubhubhubhubhubhubhubhubhubhubhubhubhubhubh';
const ORIGIN = 'https://sheets.example.org';

interface Child {
  url: string;
  port: number;
  stdout: () => string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

async function startServer(env: Record<string, string>): Promise<Child> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'functions/node-server.ts'],
    {
      cwd: ROOT,
      env: { ...process.env, CM_JWT_KEYS: `k:${SECRET}`, PORT: String(port), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout?.on('data', (d) => (out += String(d)));
  child.stderr?.on('data', (d) => (out += String(d)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${out}`);
    if (out.includes('"listening"')) break;
    if (Date.now() > deadline) throw new Error(`server did not start: ${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    port,
    stdout: () => out,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

const bearer = async (role: 'statistician' | 'coordinator' | 'partner') =>
  `Bearer ${await signToken({
    role,
    kid: 'k',
    secret: SECRET,
    issuer: 'corridor-monitor',
    audience: 'corridor-monitor-api',
    ttlSeconds: 600,
    hubs: role === 'statistician' ? [] : [HUB],
  })}`;

const example = JSON.stringify({ ...exampleWorkbook(), options: { uncertainty: true } });

const assess = async (url: string) =>
  fetch(`${url}/v1/assess`, {
    method: 'POST',
    headers: { authorization: await bearer('statistician'), 'content-type': 'application/json' },
    body: example,
  });

/** An assessment long enough (1,000 uncertainty runs, the role's limit) to keep the only worker busy while a test's second request arrives. */
const busy = async (url: string) =>
  fetch(`${url}/v1/assess`, {
    method: 'POST',
    headers: { authorization: await bearer('statistician'), 'content-type': 'application/json' },
    body: JSON.stringify({ ...exampleWorkbook(), options: { uncertaintyRuns: 1000 } }),
  });

/** Sends the head and part of a body, then hangs up. */
function abortUpload(port: number, path: string, auth: string): Promise<void> {
  return new Promise((ok) => {
    const s = connect(port, '127.0.0.1', () => {
      s.write(
        `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: ${auth}\r\nContent-Length: 2000000\r\n\r\n{"tabs":{"a":[[`,
      );
      setTimeout(() => {
        s.destroy();
        setTimeout(ok, 500);
      }, 300);
    });
  });
}

describe('one worker, no queue, no wait', () => {
  let server: Child;
  beforeAll(async () => {
    server = await startServer({
      CM_POOL_SIZE: '1',
      CM_POOL_QUEUE: '0',
      CM_POOL_WAIT_MS: '0',
      CM_CORS_ORIGINS: ORIGIN,
    });
  });
  afterAll(() => server?.stop());

  test("a 503 from the main thread carries the app's CORS and security headers, so a browser client can read it", async () => {
    const first = busy(server.url);
    await new Promise((r) => setTimeout(r, 150));
    const second = await fetch(`${server.url}/v1/assess`, {
      method: 'POST',
      headers: {
        authorization: await bearer('statistician'),
        'content-type': 'application/json',
        origin: ORIGIN,
      },
      body: example,
    });
    const health = await fetch(`${server.url}/v1/health`, { headers: { origin: ORIGIN } });
    expect(second.status).toBe(503);
    const shared = (res: Response) =>
      Object.fromEntries(
        [
          'access-control-allow-origin',
          'access-control-expose-headers',
          'vary',
          'x-content-type-options',
          'referrer-policy',
          'cache-control',
        ].map((h) => [h, res.headers.get(h)]),
      );
    expect(shared(second)).toEqual(shared(health));
    expect(shared(second)['access-control-allow-origin']).toBe(ORIGIN);
    expect(second.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect((await first).status).toBe(200);
  });

  test('a second assessment while the only worker is busy gets 503 problem+json with Retry-After, and health answers meanwhile', async () => {
    const first = busy(server.url);
    await new Promise((r) => setTimeout(r, 150));
    const second = await assess(server.url);
    const started = performance.now();
    const health = await fetch(`${server.url}/v1/health`);
    const healthMs = performance.now() - started;
    expect(second.status).toBe(503);
    expect(second.headers.get('content-type')).toBe('application/problem+json');
    expect(second.headers.get('retry-after')).toBe('1');
    expect(((await second.json()) as { title: string }).title).toBe('Busy');
    expect(health.status).toBe(200);
    expect(healthMs).toBeLessThan(1_000);
    expect((await first).status).toBe(200);
  });

  test('a busy answer sent before a body of unknown length was read closes the connection instead of reading it', async () => {
    const first = busy(server.url);
    await new Promise((r) => setTimeout(r, 150));
    const res = await fetch(`${server.url}/v1/assess`, {
      method: 'POST',
      headers: { authorization: await bearer('statistician'), 'content-type': 'application/json' },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"tabs":{'));
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(503);
    expect(res.headers.get('connection')).toBe('close');
    expect((await first).status).toBe(200);
  });

  test('while the only worker is busy, uploads with no token, a bad one or a partner token get their 401/403 from the main thread, not a 503', async () => {
    const first = busy(server.url);
    await new Promise((r) => setTimeout(r, 150));
    const post = (authorization?: string) =>
      fetch(`${server.url}/v1/assess`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(authorization ? { authorization } : {}),
        },
        body: example,
      });
    const partner = await bearer('partner');
    const answers = await Promise.all([post(), post('Bearer not.a.token'), post(partner)]);
    expect(answers.map((a) => a.status)).toEqual([401, 401, 403]);
    for (const a of answers) expect(a.headers.get('content-type')).toBe('application/problem+json');
    expect((await first).status).toBe(200);
  });

  test('a busy answer to a body of declared length keeps the connection (the body is discarded)', async () => {
    const first = busy(server.url);
    await new Promise((r) => setTimeout(r, 150));
    const second = await assess(server.url);
    expect(second.status).toBe(503);
    expect(second.headers.get('connection')).not.toBe('close');
    expect((await first).status).toBe(200);
  });

  test('headers over the limit get a 431 problem+json with the security headers of every answer', async () => {
    const res = await fetch(`${server.url}/v1/health`, {
      headers: { 'x-big': 'a'.repeat(20_000) },
    });
    expect(res.status).toBe(431);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(((await res.json()) as { status: number }).status).toBe(431);
  });

  test('uploads the client aborts are logged at info level and never answered or logged as a 500', async () => {
    await abortUpload(server.port, '/v1/assess', await bearer('statistician'));
    await abortUpload(server.port, '/v1/recalculate', await bearer('coordinator'));
    const lines = server
      .stdout()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { level: string; msg: string; status?: number });
    expect(lines.filter((l) => l.msg === 'client aborted').length).toBeGreaterThanOrEqual(2);
    expect(lines.filter((l) => l.level === 'error')).toEqual([]);
    expect(lines.filter((l) => l.status === 500)).toEqual([]);
  });
});

describe('one worker, no queue, a wait of 30 s', () => {
  let server: Child;
  beforeAll(async () => {
    server = await startServer({
      CM_POOL_SIZE: '1',
      CM_POOL_QUEUE: '0',
      CM_POOL_WAIT_MS: '30000',
      CM_FIXED_TIME: '2026-01-01T00:00:00Z',
    });
  });
  afterAll(() => server?.stop());

  test('an assessment arriving while the only worker is busy waits for it and gets its 200, the same bytes as the first', async () => {
    const first = assess(server.url);
    await new Promise((r) => setTimeout(r, 150));
    const second = await assess(server.url);
    expect(second.status).toBe(200);
    const a = await (await first).text();
    expect(await second.text()).toBe(a);
  });
});

describe('a request over its budget', () => {
  let server: Child;
  beforeAll(async () => {
    // the next request waits (unread) for the replacement worker to start
    server = await startServer({
      CM_POOL_SIZE: '1',
      CM_REQUEST_BUDGET_MS: '400',
      CM_POOL_WAIT_MS: '30000',
    });
  });
  afterAll(() => server?.stop());

  test('is stopped with a 503 problem naming the budget, and the replaced worker serves the next request', async () => {
    const heavy = JSON.stringify({ ...exampleWorkbook(), options: { uncertaintyRuns: 1000 } });
    const res = await fetch(`${server.url}/v1/assess`, {
      method: 'POST',
      headers: { authorization: await bearer('statistician'), 'content-type': 'application/json' },
      body: heavy,
    });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(((await res.json()) as { detail: string }).detail).toMatch(/budget of 400 ms/);
    const small = await fetch(`${server.url}/v1/validate`, {
      method: 'POST',
      headers: { authorization: await bearer('statistician'), 'content-type': 'application/json' },
      body: '{"tabs":{}}',
    });
    expect(small.status).toBe(200);
  });
});

test('a busy port prints one line with a PORT hint and exits 1', async () => {
  const blocker = createServer();
  const port = await new Promise<number>((ok) =>
    blocker.listen(0, '127.0.0.1', () => ok((blocker.address() as { port: number }).port)),
  );
  try {
    const child = spawn(process.execPath, ['--import', 'tsx', 'functions/node-server.ts'], {
      cwd: ROOT,
      env: { ...process.env, CM_JWT_KEYS: `k:${SECRET}`, PORT: String(port), CM_POOL_SIZE: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr?.on('data', (d) => (err += String(d)));
    const code = await new Promise((ok) => child.once('exit', ok));
    expect(code).toBe(1);
    expect(err.trim().split('\n')).toEqual([
      `Port ${port} on 127.0.0.1 is already in use: stop the other server, or choose another port, e.g. PORT=${port + 1} npm start`,
    ]);
  } finally {
    blocker.close();
  }
});
