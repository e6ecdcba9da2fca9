/**
 * A worker thread of the Node server: the same app as every runtime, built
 * from the environment it is given, answering one forwarded request at a time.
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { appFromEnv } from '../app-from-env.ts';
import type { ForwardedReply, ForwardedRequest } from './forwarded.ts';
import { entries } from './pooled-fetch.ts';
import { lowerThreadPriority } from './thread-priority.ts';
import { warmUp } from './warm-up.ts';
import { READY } from './worker-pool.ts';

const { env } = workerData as { env: Record<string, string | undefined> };
const app = appFromEnv(env);
// assessing yields to the main thread's cheap routes when the cores are busy
lowerThreadPriority();
warmUp();

parentPort?.postMessage(READY);

parentPort?.on('message', async (job: ForwardedRequest) => {
  const res = await app.fetch(
    new Request(job.url, {
      method: job.method,
      headers: job.headers,
      ...(job.body ? { body: job.body } : {}),
    }),
  );
  const body = await res.arrayBuffer();
  const reply: ForwardedReply = { status: res.status, headers: entries(res.headers), body };
  parentPort?.postMessage(reply, [body]);
});
