/**
 * The headers every answer carries, whoever makes it: the app's middleware,
 * or the Node server's main thread when it answers before the app sees the
 * request (503 busy, 413, 499), so a browser client reads those too.
 * @module
 */

/** The response headers a browser client may read. */
export const EXPOSED_HEADERS = ['X-Request-Id'];

export function setSecurityHeaders(headers: Headers): void {
  headers.set('x-content-type-options', 'nosniff');
  headers.set('referrer-policy', 'no-referrer');
  headers.set('cache-control', headers.get('cache-control') ?? 'no-store');
}

/** CORS of a simple (not preflight) request, as hono's cors middleware sets it for the app's allowed origins. */
export function setCorsHeaders(
  headers: Headers,
  origin: string | null,
  allowed: readonly string[],
): void {
  if (!origin || !allowed.includes(origin)) return;
  headers.set('access-control-allow-origin', origin);
  headers.set('access-control-expose-headers', EXPOSED_HEADERS.join(','));
  headers.set('vary', 'Origin');
}
