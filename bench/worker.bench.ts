/**
 * Workers platform limits: the bundle size from `wrangler deploy --dry-run`
 * (target < 1 MiB gzip) and the CPU time of one POST /v1/assess of the
 * 17-corridor example (target <= 50 ms, stretch <= 10 ms): in process after
 * warm-up, and in local workerd (Miniflare), where the CPU time is that of
 * the workerd process itself (Linux /proc, user + system, over all the
 * requests; Miniflare reports none), beside the wall time. Two calls: the
 * whole answer with no uncertainty runs, and the Sheets add-on's (no runs,
 * `include: ["writeBack"]`), with the workbook plain and compact (as the
 * add-on sends it).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { signToken } from '../src/auth/sign-token.ts';
import { appFromEnv } from '../src/compose/app-from-env.ts';
import { assess } from '../src/core/assess/assess.ts';
import { asciiJson } from '../src/core/contract/ascii-json.ts';
import { AssessRequestSchema } from '../src/core/contract/assess-api.ts';
import { compactWorkbook } from '../src/core/contract/compact.ts';
import type { CellGrid } from '../src/core/contract/workbook.ts';
import { parseWorkbookBody } from '../src/http/workbook-body.ts';
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
const workbook = exampleWorkbook();
const calls = {
  'whole answer, uncertaintyRuns 0': { uncertaintyRuns: 0 },
  'the add-on: uncertaintyRuns 0, include writeBack': {
    uncertaintyRuns: 0,
    include: ['writeBack'],
  },
};
const bodies = [
  ...Object.entries(calls).map(
    ([label, options]) => [label, JSON.stringify({ ...workbook, options })] as const,
  ),
  // what the add-on sends: the workbook compact (a dictionary of values, tabs of indices), as ASCII JSON
  [
    'the whole answer, compact body: uncertaintyRuns 0, formatTable',
    asciiJson({
      compact: compactWorkbook(workbook as CellGrid),
      options: { uncertaintyRuns: 0, formatTable: true },
    }),
  ] as const,
  [
    "the add-on's compact body: uncertaintyRuns 0, include writeBack, formatTable",
    asciiJson({
      compact: compactWorkbook(workbook as CellGrid),
      options: { ...calls['the add-on: uncertaintyRuns 0, include writeBack'], formatTable: true },
    }),
  ] as const,
];
const init = (body: string): RequestInit => ({
  method: 'POST',
  body,
  headers: { 'content-type': 'application/json', authorization: bearer },
});
console.log(
  `example workbook: ${(bodies[0]![1].length / 1024).toFixed(0)} KiB of JSON, ${(bodies[3]![1].length / 1024).toFixed(0)} KiB compact`,
);

const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const show = (label: string, ms: number[]) =>
  `${label}: median ${median(ms).toFixed(1)} ms, min ${Math.min(...ms).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms over ${ms.length} requests`;

const app = appFromEnv(ENV, () => {});
for (const [label, body] of bodies) {
  for (let i = 0; i < WARMUP; i++) await (await app.request('/v1/assess', init(body))).text();
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.cpuUsage();
    const res = await app.request('/v1/assess', init(body));
    await res.arrayBuffer();
    const used = process.cpuUsage(start);
    if (res.status !== 200) throw new Error(`assess answered ${res.status}`);
    cpu.push((used.user + used.system) / 1000);
  }
  console.log(`${show(`CPU per /v1/assess in process (Node; ${label})`, cpu)} (target <= 50 ms)`);
}

// where the time goes: the HTTP layer (parse, schema, serialise) against the core, as the route runs them
const cpuOf = (f: () => unknown) => {
  for (let i = 0; i < WARMUP; i++) f();
  const start = process.cpuUsage();
  for (let i = 0; i < RUNS; i++) f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / RUNS;
};
const text = bodies[0]![1];
const parsed = JSON.parse(text);
const options = { generatedAt: ENV.CM_FIXED_TIME, uncertaintyRuns: 0 };
const result = assess({ tabs: parsed.tabs }, options);
const encoder = new TextEncoder();
const parts = {
  'JSON.parse': cpuOf(() => JSON.parse(text)),
  schema: cpuOf(() => parseWorkbookBody(AssessRequestSchema, parsed)),
  'core assess()': cpuOf(() => assess({ tabs: parsed.tabs }, options)),
  'JSON.stringify + UTF-8': cpuOf(() => encoder.encode(JSON.stringify(result))),
};
console.log(
  `CPU breakdown in process (mean ms): ${Object.entries(parts)
    .map(([k, v]) => `${k} ${v.toFixed(1)}`)
    .join(', ')}`,
);

/** The CPU seconds (user + system) of every workerd process under this one, from /proc (Linux). */
function workerdCpuMs(): number | undefined {
  let ticks = 0;
  let found = false;
  const parent = new Map<number, number>();
  const stats = new Map<number, string[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(entry), Number(fields[1]));
      if (stat.includes('(workerd)')) stats.set(Number(entry), fields);
    } catch {
      // gone meanwhile
    }
  }
  for (const [pid, fields] of stats) {
    let up = parent.get(pid);
    while (up && up !== process.pid) up = parent.get(up);
    if (up !== process.pid) continue;
    found = true;
    ticks += Number(fields[11]) + Number(fields[12]); // utime + stime
  }
  return found ? (ticks * 1000) / 100 : undefined; // USER_HZ is 100 on Linux
}

const worker = await workerd(ENV);
for (const [label, body] of bodies) {
  for (let i = 0; i < WARMUP; i++) await worker.send('/v1/assess', init(body));
  const wall: number[] = [];
  const cpuBefore = workerdCpuMs();
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const answer = await worker.send('/v1/assess', init(body));
    if (answer.status !== 200) throw new Error(`workerd assess answered ${answer.status}`);
    wall.push(performance.now() - start);
  }
  const cpuAfter = workerdCpuMs();
  const cpu =
    cpuBefore === undefined || cpuAfter === undefined
      ? 'CPU not observable here'
      : `CPU of the workerd process ${((cpuAfter - cpuBefore) / RUNS).toFixed(1)} ms per request (mean over ${RUNS}, 10 ms clock ticks)`;
  console.log(
    `in local workerd (${label}): ${cpu}; ${show('wall time', wall)} (target <= 50 ms CPU)`,
  );
}
await worker.close();
