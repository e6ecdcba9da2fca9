/**
 * Load: the Node server (functions/node-server.ts, worker pool sized to the
 * cores) on 127.0.0.1, driven by autocannon: POST /v1/assess of the bundled
 * example at 50 connections and, at the same time, GET /v1/health at 10
 * connections, for 30 s. Targets: 0 errors and time-outs, assess p99 < 1 s,
 * health p99 < 50 ms; a full queue answers 503 with Retry-After (counted
 * apart from errors; connection resets and time-outs are counted apart within
 * the errors). Latencies are of the 200 answers (autocannon's own rule).
 * LOAD_SECONDS, LOAD_CONNECTIONS and CM_POOL_* override.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signToken } from '../src/auth/sign-token.ts';
import { exampleWorkbook } from '../test/contract/example-workbook.ts';
import { ENV, SECRET } from '../test/contract/fixtures.ts';
import { nodeServer } from '../test/contract/runtimes.ts';

const seconds = Number(process.env.LOAD_SECONDS ?? 30);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 50);

interface Result {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Errors by code, from bench/load-client.ts. */
  errorCodes: Record<string, number>;
  statusCodeStats?: Record<string, { count: number }>;
}

/** One autocannon run in its own process (bench/load-client.ts), its result as JSON. */
function autocannon(options: Record<string, unknown>): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [
      '--import',
      'tsx',
      new URL('./load-client.ts', import.meta.url).pathname,
      JSON.stringify(options),
    ]);
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += String(d)));
    child.stderr.on('data', (d) => (err += String(d)));
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out) as Result) : reject(new Error(err.slice(-400))),
    );
  });
}

const dir = mkdtempSync(join(tmpdir(), 'cm-load-'));
const bodyFile = join(dir, 'example.json');
writeFileSync(bodyFile, JSON.stringify(exampleWorkbook()));
const token = await signToken({
  role: 'statistician',
  kid: 'contract',
  secret: SECRET,
  issuer: 'corridor-monitor',
  audience: 'corridor-monitor-api',
  ttlSeconds: 3600,
});

const env: Record<string, string> = { ...ENV };
for (const name of ['CM_POOL_SIZE', 'CM_POOL_QUEUE', 'CM_POOL_WAIT_MS', 'CM_REQUEST_BUDGET_MS'])
  if (process.env[name]) env[name] = process.env[name]!;
const server = await nodeServer(env);
try {
  const url = await server.url();
  const common = { duration: seconds, timeout: 30 };
  const [assess, health] = await Promise.all([
    autocannon({
      ...common,
      url: `${url}/v1/assess`,
      connections,
      method: 'POST',
      bodyFile,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    }),
    autocannon({ ...common, url: `${url}/v1/health`, connections: 10 }),
  ]);
  const line = (name: string, r: Result, target: number) => {
    const codes = Object.entries(r.statusCodeStats ?? {})
      .map(([code, s]) => `${code}: ${s.count}`)
      .join(', ');
    console.log(`${name}`);
    console.log(
      `  requests/s ${r.requests.average.toFixed(1)} (total ${r.requests.total}; ${codes})`,
    );
    console.log(
      `  latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms (target p99 < ${target} ms)`,
    );
    const resets = (r.errorCodes.ECONNRESET ?? 0) + (r.errorCodes.EPIPE ?? 0);
    const others = Object.entries(r.errorCodes)
      .filter(([code]) => !['ECONNRESET', 'EPIPE', 'timeout'].includes(code))
      .map(([code, n]) => `${code} ${n}`);
    console.log(
      `  errors ${r.errors}: time-outs ${r.timeouts}, connection resets ${resets}${others.length ? `, ${others.join(', ')}` : ''}; non-2xx ${r.non2xx} (503 busy, with Retry-After)`,
    );
  };
  console.log(`Node server, ${seconds} s on loopback, at once:`);
  line(`POST /v1/assess (bundled example, ${connections} connections)`, assess, 1000);
  line('GET /v1/health (10 connections)', health, 50);
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
