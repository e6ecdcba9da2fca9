/**
 * The Node server's fetch handler: the routes that cost CPU (assess,
 * validate, index) go to the worker pool; everything else, /v1/health
 * first of all, is answered on the main thread at once. A full pool is a
 * 503 with Retry-After, a job over its budget a 503 too, never a time-out.
 * @module
 */
import { setCorsHeaders, setSecurityHeaders } from '../../http/answer-headers.ts';
import type { AppDeps } from '../../http/deps.ts';
import { ApiProblem, problemResponse } from '../../http/problem.ts';
import { readBodyCapped } from '../../http/read-body-capped.ts';
import type { ForwardedReply, ForwardedRequest } from './forwarded.ts';
import type { TokenGate } from './token-gate.ts';
import type { WorkerPool } from './worker-pool.ts';

/** Method and path of the routes run in the pool. */
export const POOLED_ROUTES = new Set(['POST /v1/assess', 'POST /v1/validate', 'POST /v1/index']);

export interface PooledFetchOptions {
  bodyLimitBytes: number;
  /** Seconds a refused caller should wait (Retry-After). */
  retryAfterSeconds: number;
  budgetMs: number;
  /** Milliseconds a request may wait, its body unread, for room in the pool before it gets 503. */
  waitMs: number;
  /** The app's CORS origins (CM_CORS_ORIGINS): a refusal made here carries the app's CORS headers. */
  corsOrigins: readonly string[];
  /** False for a request the app would refuse for its token: the main thread's app answers it. */
  admits?: TokenGate;
  log: AppDeps['log'];
}

type Handler = (request: Request) => Response | Promise<Response>;

/** The client went away while its body was being read: nothing to answer, nothing went wrong. */
export class ClientAborted extends Error {
  override name = 'ClientAborted';
}

export function pooledFetch(
  local: Handler,
  pool: WorkerPool<ForwardedRequest, ForwardedReply>,
  options: PooledFetchOptions,
): Handler {
  return async (request) => {
    const url = new URL(request.url);
    if (!POOLED_ROUTES.has(`${request.method} ${url.pathname}`)) return local(request);
    const declared = Number(request.headers.get('content-length') ?? Number.NaN);
    // an oversized declared body is refused by the app itself, before any of it is read
    if (declared > options.bodyLimitBytes) return local(request);
    const started = performance.now();
    const requestId = crypto.randomUUID();
    const retry = { headers: { 'retry-after': String(options.retryAfterSeconds) } };
    // refused for its token: the local app gives the same problem, before any of the body is read
    if (options.admits && !(await options.admits(request))) return local(request);
    // a place in the pool first, its body unread meanwhile: a waiting or refused request costs nothing
    const place = await pool.reserve(options.waitMs);
    if (!place) return refuse(busy());
    let body: ArrayBuffer | null | undefined;
    try {
      body = await readCapped(request, options.bodyLimitBytes);
    } catch (error) {
      place.cancel();
      if (error instanceof ClientAborted) {
        options.log({ level: 'info', msg: 'client aborted', path: url.pathname, requestId });
        return withAppHeaders(new Response(null, { status: 499 }));
      }
      throw error;
    }
    if (body === undefined) {
      place.cancel();
      return refuse(
        new ApiProblem(
          'payload-too-large',
          `The request body exceeds the limit of ${options.bodyLimitBytes} bytes.`,
        ),
      );
    }
    // the length read, so that the worker's app checks its limit without buffering the body again
    const headers = entries(request.headers).filter(
      ([k]) => k !== 'content-length' && k !== 'transfer-encoding',
    );
    headers.push(['content-length', String(body?.byteLength ?? 0)]);
    const answer = await place.run({ method: request.method, url: request.url, headers, body });
    // a Uint8Array body takes @hono/node-server's direct write, not a stream
    if (answer.ok)
      return new Response(new Uint8Array(answer.reply.body), {
        status: answer.reply.status,
        headers: answer.reply.headers,
      });
    const problem =
      answer.why === 'busy'
        ? busy()
        : answer.why === 'over_budget'
          ? new ApiProblem(
              'budget-exceeded',
              `The request took more than its budget of ${options.budgetMs} ms and was stopped; send a smaller workbook or fewer uncertainty runs.`,
              retry,
            )
          : new ApiProblem(
              'internal-error',
              'The server failed to handle this request; quote the requestId when reporting it.',
            );
    return refuse(problem);

    function busy(): ApiProblem {
      return new ApiProblem(
        'busy',
        'Every worker is busy and the queue stayed full; try again after the Retry-After seconds.',
        retry,
      );
    }

    /** The headers the app's middleware gives its own answers: security, CORS, request id. */
    function withAppHeaders(res: Response): Response {
      setSecurityHeaders(res.headers);
      setCorsHeaders(res.headers, request.headers.get('origin'), options.corsOrigins);
      res.headers.set('x-request-id', requestId);
      return res;
    }

    /** Node discards an unread body itself (no JavaScript stream), keeping the connection. */
    function refuse(problem: ApiProblem): Response {
      const res = withAppHeaders(problemResponse(problem, url.pathname, requestId));
      options.log({
        level: res.status >= 500 ? 'warn' : 'info',
        msg: 'request',
        method: request.method,
        path: url.pathname,
        status: res.status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        requestId,
        refused: problem.slug,
      });
      return res;
    }
  };
}

/** The whole body, or undefined past `limit` bytes. @throws ClientAborted when the client goes away */
async function readCapped(
  request: Request,
  limit: number,
): Promise<ArrayBuffer | null | undefined> {
  if (!request.body) return null;
  let bytes: Uint8Array | undefined;
  try {
    bytes = await readBodyCapped(request.body, limit);
  } catch {
    throw new ClientAborted();
  }
  if (!bytes) return undefined;
  // an ArrayBuffer of exactly the body, to transfer to the worker
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return (whole ? bytes : bytes.slice()).buffer as ArrayBuffer;
}

export function entries(headers: Headers): [string, string][] {
  const out: [string, string][] = [];
  headers.forEach((value, key) => {
    out.push([key, value]);
  });
  return out;
}
