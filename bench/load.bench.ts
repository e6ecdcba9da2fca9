/**
 * Load: the Node server (functions/node-server.ts) on 127.0.0.1, driven by
 * autocannon with POST /v1/assess of the 10-corridor example at 50
 * connections for 30 s. Target: 0 errors, p99 < 250 ms.
 * LOAD_SECONDS and LOAD_CONNECTIONS override the defaults.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signToken } from '../src/auth/sign-token.ts';
import { exampleWorkbook } from '../test/contract/example-workbook.ts';
import { ENV, SECRET } from '../test/contract/fixtures.ts';
import { nodeServer } from '../test/contract/runtimes.ts';

const seconds = Number(process.env.LOAD_SECONDS ?? 30);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 50);

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

const server = await nodeServer(ENV);
try {
  const url = await server.url();
  // the CLI with --json: autocannon ships no types, and its output is the stable interface
  const run = spawnSync(
    process.execPath,
    [
      'node_modules/autocannon/autocannon.js',
      '--json',
      '-c',
      String(connections),
      '-d',
      String(seconds),
      '-t',
      '30',
      '-m',
      'POST',
      '-i',
      bodyFile,
      '-H',
      'content-type=application/json',
      '-H',
      `authorization=Bearer ${token}`,
      `${url}/v1/assess`,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new Error(`autocannon failed: ${run.stderr.slice(-400)}`);
  const r = JSON.parse(run.stdout) as {
    requests: { average: number; total: number };
    latency: { p50: number; p99: number; max: number };
    errors: number;
    timeouts: number;
    non2xx: number;
  };
  console.log(
    `POST /v1/assess (example, ${connections} connections, ${seconds} s) on the Node server:`,
  );
  console.log(`  requests/s ${r.requests.average.toFixed(1)} (total ${r.requests.total})`);
  console.log(
    `  latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms (target p99 < 250 ms)`,
  );
  console.log(`  errors ${r.errors} (timeouts ${r.timeouts}), non-2xx ${r.non2xx} (target 0)`);
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
