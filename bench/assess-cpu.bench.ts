/**
 * CPU per `POST /v1/assess` of the bundled example, in process: builds the
 * Hono app as the tests do, posts the example workbook (options as the
 * add-on sends them: no uncertainty runs) as UTF-8 bytes after a warm-up, and prints the CPU
 * time (process.cpuUsage, user + system) per request as median and p90.
 * Target (issue 10): at most 50 ms. `CM_BENCH_RUNS` sets the number of requests.
 */
import { exampleWorkbook } from '../test/contract/example-workbook.ts';
import { json, testApp, token } from '../test/http/support.ts';

const RUNS = Number(process.env.CM_BENCH_RUNS ?? 40);
const WARM_UP = 10;

const { app } = testApp();
const bearer = await token('statistician');
const text = JSON.stringify({ ...exampleWorkbook(), options: { uncertaintyRuns: 0 } });
// the body as the bytes a server receives (a string body would add the test client's UTF-8 encoding to every request)
const bytes = new TextEncoder().encode(text);
// with its Content-Length, as clients send it (without one the body-limit middleware re-buffers the stream)
const headers = {
  ...(json({}, bearer).headers as Record<string, string>),
  'content-length': String(bytes.length),
};

async function once(): Promise<number> {
  const start = process.cpuUsage();
  const res = await app.request('/v1/assess', { method: 'POST', headers, body: bytes });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`POST /v1/assess answered ${res.status}`);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

for (let i = 0; i < WARM_UP; i++) await once();
const cpu: number[] = [];
for (let i = 0; i < RUNS; i++) cpu.push(await once());
cpu.sort((a, b) => a - b);
const at = (q: number) => cpu[Math.min(cpu.length - 1, Math.floor(q * cpu.length))]!;
process.stdout.write(
  `POST /v1/assess (bundled example, ${(bytes.length / 1024).toFixed(0)} KiB body, uncertaintyRuns 0): CPU per request median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms, best ${at(0).toFixed(1)} ms over ${RUNS} requests after ${WARM_UP} warm-up (target <= 50 ms)\n`,
);
