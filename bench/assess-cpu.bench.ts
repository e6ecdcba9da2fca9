/**
 * CPU per `POST /v1/assess` of the bundled example, in process: builds the
 * Hono app as the tests do, posts the example workbook as UTF-8 bytes after
 * a warm-up, and prints the CPU time (process.cpuUsage, user + system) per
 * request as median and p90, for three calls, each in its own block of
 * requests (taken in turn, the uncertainty runs' garbage was collected in the
 * cheap calls' time and raised their medians by about a quarter):
 * - the whole answer with no uncertainty runs (`uncertaintyRuns: 0`), the
 *   workbook plain, then compact with a format table;
 * - the Sheets add-on's Assess (`uncertainty: false, include: ["writeBack"],
 *   formatTable: true`, the workbook compact), as the add-on sends it;
 * - the add-on's Assess with uncertainty ranges (`uncertainty: true`): the
 *   example's Method tab asks for 200 runs.
 * Runs with the worker threads' semi-space (WORKER_SEMI_SPACE_MB), as the Node server does.
 * Target (issue 10): at most 50 ms. `CM_BENCH_RUNS` sets the number of requests per call.
 */
import { spawnSync } from 'node:child_process';
import { WORKER_SEMI_SPACE_MB } from '../src/compose/node/worker-pool.ts';
import { asciiJson } from '../src/core/contract/ascii-json.ts';
import { compactWorkbook } from '../src/core/contract/compact.ts';
import type { CellGrid } from '../src/core/contract/workbook.ts';
import { exampleWorkbook } from '../test/contract/example-workbook.ts';
import { json, testApp, token } from '../test/http/support.ts';

// The server assesses in worker threads with a larger young generation; measure with the same one.
const semiSpace = `--max-semi-space-size=${WORKER_SEMI_SPACE_MB}`;
if (!process.execArgv.includes(semiSpace)) {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, semiSpace, new URL(import.meta.url).pathname],
    { stdio: 'inherit' },
  );
  process.exit(child.status ?? 1);
}

const RUNS = Number(process.env.CM_BENCH_RUNS ?? 40);
const WARM_UP = 5;

const { app } = testApp();
const bearer = await token('statistician');
const calls = {
  'whole answer, uncertaintyRuns 0': { uncertaintyRuns: 0 },
  'whole answer (compact workbook): uncertaintyRuns 0, formatTable': {
    uncertaintyRuns: 0,
    formatTable: true,
  },
  "the add-on's Assess (compact workbook): uncertainty false, include writeBack, formatTable": {
    uncertainty: false,
    include: ['writeBack'],
    formatTable: true,
  },
  "the add-on's Assess with uncertainty ranges (compact workbook): uncertainty true (Method tab: 200 runs), include writeBack, formatTable":
    { uncertainty: true, include: ['writeBack'], formatTable: true },
};
const workbook = exampleWorkbook();
const compact = compactWorkbook(workbook as CellGrid);
const requests = Object.entries(calls).map(([label, options]) => {
  // the body as the bytes a server receives (a string body would add the test client's UTF-8 encoding to every request);
  // the add-on sends its workbook compact, as ASCII JSON
  const text = label.includes('compact')
    ? asciiJson({ compact, options })
    : JSON.stringify({ ...workbook, options });
  const bytes = new TextEncoder().encode(text);
  // with its Content-Length, as clients send it (without one the body-limit middleware re-buffers the stream)
  const headers = {
    ...(json({}, bearer).headers as Record<string, string>),
    'content-length': String(bytes.length),
  };
  return { label, bytes, headers, cpu: [] as number[], answer: 0 };
});

async function once(r: (typeof requests)[number]): Promise<number> {
  const start = process.cpuUsage();
  const res = await app.request('/v1/assess', {
    method: 'POST',
    headers: r.headers,
    body: r.bytes,
  });
  r.answer = (await res.arrayBuffer()).byteLength;
  if (res.status !== 200) throw new Error(`POST /v1/assess answered ${res.status}`);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

for (const r of requests) {
  for (let i = 0; i < WARM_UP; i++) await once(r);
  for (let i = 0; i < RUNS; i++) r.cpu.push(await once(r));
}
for (const r of requests) {
  const cpu = [...r.cpu].sort((a, b) => a - b);
  const at = (q: number) => cpu[Math.min(cpu.length - 1, Math.floor(q * cpu.length))]!;
  process.stdout.write(
    `POST /v1/assess (bundled example, ${(r.bytes.length / 1024).toFixed(0)} KiB body; ${r.label}; answer ${(r.answer / 1024).toFixed(0)} KiB): CPU per request median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms, best ${at(0).toFixed(1)} ms over ${RUNS} requests after ${WARM_UP} warm-up, V8 semi-space ${WORKER_SEMI_SPACE_MB} MB as in the server's workers (target <= 50 ms)\n`,
  );
}
