/**
 * Workers platform limits: the bundle size from `wrangler deploy --dry-run`
 * (target < 1 MiB gzip) and the CPU time of one POST /v1/assess of the
 * 10-corridor example (target <= 50 ms, stretch <= 10 ms), in-process after
 * warm-up and as wall time per request in local workerd (Miniflare).
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { signToken } from '../src/auth/sign-token.ts';
import { appFromEnv } from '../src/compose/app-from-env.ts';
import { assess } from '../src/core/assess/assess.ts';
import { AssessRequestSchema } from '../src/core/contract/assess-api.ts';
import { exampleWorkbook } from '../test/contract/example-workbook.ts';
import { ENV, SECRET } from '../test/contract/fixtures.ts';
import { offline, workerd } from '../test/contract/runtimes.ts';

const WARMUP = 3;
const RUNS = Number(process.env.BENCH_RUNS ?? 10);

offline();
const dry = spawnSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', 'dist-wr'], {
  encoding: 'utf8',
  env: process.env,
});
const upload = /Total Upload: ([\d.]+) KiB \/ gzip: ([\d.]+) KiB/.exec(
  `${dry.stdout}${dry.stderr}`,
);
rmSync('dist-wr', { recursive: true, force: true });
if (upload) {
  const gzip = Number(upload[2]);
  console.log(
    `worker bundle (wrangler --dry-run): ${upload[1]} KiB, gzip ${gzip} KiB (${((gzip / 1024) * 100).toFixed(1)}% of the 1 MiB target)`,
  );
} else {
  console.log(
    `worker bundle: wrangler --dry-run failed (${dry.status}): ${dry.stderr.slice(-400)}`,
  );
}

const bearer = `Bearer ${await signToken({ role: 'statistician', kid: 'contract', secret: SECRET, issuer: 'corridor-monitor', audience: 'corridor-monitor-api', ttlSeconds: 3600 })}`;
const body = JSON.stringify(exampleWorkbook());
const init = (): RequestInit => ({
  method: 'POST',
  body,
  headers: { 'content-type': 'application/json', authorization: bearer },
});
console.log(`example workbook: ${(body.length / 1024).toFixed(0)} KiB of JSON`);

const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const show = (label: string, ms: number[]) =>
  console.log(
    `${label}: median ${median(ms).toFixed(1)} ms, min ${Math.min(...ms).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms over ${ms.length} requests (target <= 50 ms)`,
  );

const app = appFromEnv(ENV, () => {});
for (let i = 0; i < WARMUP; i++) await (await app.request('/v1/assess', init())).text();
const cpu: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = process.cpuUsage();
  const res = await app.request('/v1/assess', init());
  await res.text();
  const used = process.cpuUsage(start);
  if (res.status !== 200) throw new Error(`assess answered ${res.status}`);
  cpu.push((used.user + used.system) / 1000);
}
show('CPU per /v1/assess, in-process (Node, after warm-up)', cpu);

// where the time goes: the HTTP layer (parse, schema, serialise) against the core
const cpuOf = (f: () => unknown) => {
  for (let i = 0; i < WARMUP; i++) f();
  const start = process.cpuUsage();
  for (let i = 0; i < RUNS; i++) f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / RUNS;
};
const parsed = JSON.parse(body);
const result = assess(parsed, { generatedAt: ENV.CM_FIXED_TIME });
const parts = {
  'JSON.parse': cpuOf(() => JSON.parse(body)),
  'zod schema': cpuOf(() => AssessRequestSchema.parse(parsed)),
  'core assess()': cpuOf(() => assess(parsed, { generatedAt: ENV.CM_FIXED_TIME })),
  'JSON.stringify': cpuOf(() => JSON.stringify(result)),
};
console.log(
  `CPU breakdown (mean ms): ${Object.entries(parts)
    .map(([k, v]) => `${k} ${v.toFixed(1)}`)
    .join(', ')}`,
);

const worker = await workerd(ENV);
for (let i = 0; i < WARMUP; i++) await worker.send('/v1/assess', init());
const wall: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  const answer = await worker.send('/v1/assess', init());
  if (answer.status !== 200) throw new Error(`workerd assess answered ${answer.status}`);
  wall.push(performance.now() - start);
}
await worker.close();
show('wall time per /v1/assess in local workerd (upper bound of its CPU time)', wall);
