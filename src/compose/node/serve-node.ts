/**
 * The Node server: the app on the main thread for cheap routes, a worker
 * pool for the expensive ones, problem+json even for errors Node answers
 * itself (431, 400), and one clear line when the port is taken.
 * @module
 */
import { type Server, ServerResponse } from 'node:http';
import { availableParallelism } from 'node:os';
import { type Http2Bindings, type HttpBindings, serve } from '@hono/node-server';
import { ConfigError, DEFAULTS, type EnvRecord, loadConfig } from '../../http/config.ts';
import type { AppDeps } from '../../http/deps.ts';
import { ApiProblem, problemResponse } from '../../http/problem.ts';
import { appFromEnv, jsonLog } from '../app-from-env.ts';
import type { ForwardedReply, ForwardedRequest } from './forwarded.ts';
import { pooledFetch } from './pooled-fetch.ts';
import { tokenGate } from './token-gate.ts';
import { WorkerPool } from './worker-pool.ts';

export interface NodeServerSettings {
  port: number;
  hostname: string;
  /** Worker threads for the expensive routes; 0 = answer everything on the main thread. */
  poolSize: number;
  poolQueue: number;
  /** Milliseconds a request may wait (body unread) for room in the queue before 503. */
  waitMs: number;
  budgetMs: number;
}

/** PORT, HOST, CM_POOL_SIZE (default: the cores), CM_POOL_QUEUE (default 0), CM_POOL_WAIT_MS (default 500), CM_REQUEST_BUDGET_MS (default 10000). */
export function nodeSettings(env: EnvRecord): NodeServerSettings {
  const whole = (name: string, fallback: number, min = 0) => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const n = Number(raw);
    if (!Number.isSafeInteger(n) || n < min)
      throw new ConfigError(`${name} expects a whole number of at least ${min}, got "${raw}"`);
    return n;
  };
  const poolSize = whole('CM_POOL_SIZE', availableParallelism());
  return {
    port: whole('PORT', 8787),
    hostname: env.HOST?.trim() || '127.0.0.1',
    poolSize,
    // waiting is cheaper unread (CM_POOL_WAIT_MS): no read body waits behind a running job by default
    poolQueue: whole('CM_POOL_QUEUE', 0),
    waitMs: whole('CM_POOL_WAIT_MS', 500),
    budgetMs: whole('CM_REQUEST_BUDGET_MS', 10_000, 100),
  };
}

export interface RunningServer {
  server: Server;
  pool?: WorkerPool<ForwardedRequest, ForwardedReply>;
  close(): Promise<void>;
}

/** Listens once every worker is ready, so no request meets a pool still starting. */
type Handler = (request: Request) => Response | Promise<Response>;

export interface NodeComposition {
  /** Extra deps for the main thread's app (the open-data pack reader). */
  extra?: Pick<AppDeps, 'pack' | 'writeTemplateXlsx'>;
  /** Wraps the server's handler (e.g. the observatory's static pages). */
  wrap?: (fetch: Handler) => Handler;
}

export async function startNodeServer(
  env: EnvRecord,
  settings: NodeServerSettings,
  compose: NodeComposition = {},
): Promise<RunningServer> {
  const log = jsonLog;
  const app = appFromEnv(env, log, compose.extra ?? {});
  const bodyLimitBytes = Number(env.CM_BODY_LIMIT_BYTES?.trim() || DEFAULTS.bodyLimitBytes);
  const pool =
    settings.poolSize > 0
      ? new WorkerPool<ForwardedRequest, ForwardedReply>({
          size: settings.poolSize,
          queue: settings.poolQueue,
          budgetMs: settings.budgetMs,
          script: new URL('./app-worker.ts', import.meta.url),
          workerData: { env },
          transfer: (job) => (job.body ? [job.body] : []),
        })
      : undefined;
  await pool?.ready;
  const api: Handler = pool
    ? pooledFetch(app.fetch, pool, {
        bodyLimitBytes,
        retryAfterSeconds: 1,
        budgetMs: settings.budgetMs,
        waitMs: settings.waitMs,
        admits: tokenGate(env),
        corsOrigins: corsOrigins(env),
        log,
      })
    : app.fetch;
  const fetch = compose.wrap ? compose.wrap(api) : api;
  const server = serve(
    {
      fetch: closeOnUnboundedBody(fetch, bodyLimitBytes),
      // Node itself discards an unread body and keeps the connection; see closeOnUnboundedBody
      autoCleanupIncoming: false,
      port: settings.port,
      hostname: settings.hostname,
    },
    (info) =>
      log({
        level: 'info',
        msg: 'listening',
        url: `http://${settings.hostname}:${info.port}`,
        workers: settings.poolSize,
        queue: settings.poolQueue,
        waitMs: settings.waitMs,
        budgetMs: settings.budgetMs,
      }),
  ) as Server;
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (error.code === 'ECONNRESET' || error.code === 'HPE_INVALID_EOF_STATE' || !socket.writable) {
      // the client hung up (mid-upload, typically): nothing to answer
      log({ level: 'info', msg: 'client aborted', code: error.code ?? null });
      socket.destroy();
      return;
    }
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const problem = tooLarge
      ? new ApiProblem(
          'headers-too-large',
          'The request headers are larger than this server accepts (16 KB in all).',
        )
      : new ApiProblem('malformed-request', 'The request is not valid HTTP.');
    const requestId = crypto.randomUUID();
    const res = problemResponse(problem, '/', requestId);
    void res.text().then((body) => {
      socket.end(
        `HTTP/1.1 ${res.status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
          `content-type: application/problem+json\r\nx-request-id: ${requestId}\r\n` +
          // the security headers of every other answer (no CORS: the request's headers were not readable)
          'x-content-type-options: nosniff\r\nreferrer-policy: no-referrer\r\ncache-control: no-store\r\n' +
          `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
      );
    });
    log({ level: 'info', msg: 'client error', status: res.status, code: error.code ?? null });
  });
  return {
    server,
    ...(pool ? { pool } : {}),
    close: async () => {
      await new Promise<void>((ok) => server.close(() => ok()));
      await pool?.close();
    },
  };
}

/** The app's CORS origins; none when the configuration is broken (the app then answers every request with its 503). */
function corsOrigins(env: EnvRecord): string[] {
  try {
    return loadConfig(env).corsOrigins;
  } catch (error) {
    if (error instanceof ConfigError) return [];
    throw error;
  }
}

/** One line for the person who typed `npm start`, instead of a stack trace. */
export function listenFailure(error: NodeJS.ErrnoException, settings: NodeServerSettings): string {
  if (error.code === 'EADDRINUSE')
    return `Port ${settings.port} on ${settings.hostname} is already in use: stop the other server, or choose another port, e.g. PORT=${settings.port + 1} npm start`;
  if (error.code === 'EACCES')
    return `Port ${settings.port} on ${settings.hostname} needs privileges: choose a port above 1023, e.g. PORT=8787 npm start`;
  return `The server could not listen on ${settings.hostname}:${settings.port}: ${error.message}`;
}

/**
 * An answer sent before its request's body was read (503 busy, 413, 401…):
 * Node discards the rest of the body and keeps the connection, so the client
 * reads the answer instead of a reset. That costs reading the body, so only
 * a body bounded by a declared Content-Length within the limit is discarded;
 * any other (chunked, or declared over the limit) gets `Connection: close`.
 */
export function closeOnUnboundedBody(fetch: Handler, limit: number): NodeHandler {
  return async (request, env) => {
    const res = await fetch(request);
    const { incoming, outgoing } = env ?? {};
    // HTTP/1.1 only: HTTP/2 has no Connection header (and closes a stream, not the connection)
    if (outgoing instanceof ServerResponse && incoming && !incoming.complete) {
      const declared = Number(incoming.headers['content-length'] ?? Number.NaN);
      if (!(declared <= limit)) outgoing.setHeader('connection', 'close');
    }
    return res;
  };
}

type NodeHandler = (
  request: Request,
  env?: HttpBindings | Http2Bindings,
) => Response | Promise<Response>;
