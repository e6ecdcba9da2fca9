/**
 * Synchronous HTTP for the UrlFetchApp fake: Apps Script code cannot await,
 * so a worker thread performs the fetch while this thread waits on a shared
 * buffer (Atomics.wait). The server must live in another process.
 * @module
 */
import { Worker } from 'node:worker_threads';
import type { FetchRequest, FetchResponse } from './fake-services.ts';

const CAPACITY = 64 * 1024 * 1024;
const HEADER = 16;

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { shared } = workerData;
const flags = new Int32Array(shared, 0, 4);
const bytes = new Uint8Array(shared, 16);
parentPort.on('message', async (req) => {
  let status = 0, text = '';
  try {
    const res = await fetch(req.url, { method: req.method, headers: req.headers, body: req.payload });
    status = res.status;
    text = await res.text();
  } catch (e) {
    status = -1;
    text = String(e && e.message || e);
  }
  let encoded = new TextEncoder().encode(text);
  if (encoded.length > bytes.length) { status = -1; encoded = new TextEncoder().encode('response too large for the test bridge'); }
  bytes.set(encoded);
  flags[1] = encoded.length;
  flags[2] = status;
  Atomics.store(flags, 0, 1);
  Atomics.notify(flags, 0);
});
`;

export interface SyncHttp {
  request(request: FetchRequest): FetchResponse;
  close(): Promise<void>;
}

export function createSyncHttp(): SyncHttp {
  const shared = new SharedArrayBuffer(HEADER + CAPACITY);
  const flags = new Int32Array(shared, 0, 4);
  const bytes = new Uint8Array(shared, HEADER);
  const worker = new Worker(WORKER, { eval: true, workerData: { shared } });
  worker.unref();
  return {
    request(request) {
      Atomics.store(flags, 0, 0);
      const headers = { ...request.headers };
      if (request.contentType) headers['Content-Type'] = request.contentType;
      worker.postMessage({
        url: request.url,
        method: request.method,
        headers,
        payload: request.payload,
      });
      if (Atomics.wait(flags, 0, 0, 60_000) === 'timed-out')
        throw new Error(`Timeout: ${request.url}`);
      const status = flags[2]!;
      const body = new TextDecoder().decode(bytes.slice(0, flags[1]!));
      if (status < 0) throw new Error(`Exception: Address unavailable: ${request.url} (${body})`);
      return { status, body };
    },
    close: () => worker.terminate().then(() => undefined),
  };
}
