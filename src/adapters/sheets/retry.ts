/**
 * Retries 429 and 5xx answers with exponential backoff and full jitter,
 * within a deadline. A write that timed out is not retried: Google may have
 * applied it, and the next recalculation rewrites the tabs anyway.
 * @module
 */
import { SheetsApiError, type SheetsTransport } from './transport.ts';

export interface RetryOptions {
  /** Give up once the next attempt would start after this many ms (default 60 s). */
  deadlineMs?: number;
  /** First backoff ceiling (default 500 ms); doubles per attempt up to `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Called before each retry, e.g. to log it. */
  onRetry?: (info: { attempt: number; delayMs: number; error: SheetsApiError }) => void;
}

const defaultSleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

/** Wraps a transport so each of its calls is retried as described above. */
export function withRetry(inner: SheetsTransport, options: RetryOptions = {}): SheetsTransport {
  const { deadlineMs = 60_000, baseDelayMs = 500, maxDelayMs = 16_000 } = options;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;

  async function attempt<T>(run: () => Promise<T>, isWrite: boolean): Promise<T> {
    const deadline = now() + deadlineMs;
    for (let n = 0; ; n++) {
      try {
        return await run();
      } catch (e) {
        if (!(e instanceof SheetsApiError) || !e.retryable || (isWrite && e.status === 0)) throw e;
        const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** n);
        const delayMs = Math.max(e.retryAfterMs ?? 0, Math.round(random() * ceiling));
        if (now() + delayMs >= deadline) throw e;
        options.onRetry?.({ attempt: n + 1, delayMs, error: e });
        await sleep(delayMs);
      }
    }
  }

  return {
    get: (id, fields) => attempt(() => inner.get(id, fields), false),
    batchGet: (id, ranges) => attempt(() => inner.batchGet(id, ranges), false),
    batchUpdate: (id, requests) => attempt(() => inner.batchUpdate(id, requests), true),
  };
}
