/**
 * The Sheets gateway the HTTP app receives: recalculation (one at a time per
 * hub in this process), partner review and review links, over any transport.
 * @module
 */
import type { Clock } from '../../core/contract/ports.ts';
import type { SheetsGateway } from '../../core/contract/sheets-gateway.ts';
import { KeyedLock } from '../../core/recalculate/keyed-lock.ts';
import { recalculate } from '../../core/recalculate/recalculate.ts';
import type { HubLease, RecalculateDeps } from '../../core/recalculate/types.ts';
import { buildReview } from '../../core/review/build-review.ts';
import { classifySheetsError, explainSheetsError } from './explain-error.ts';
import { sheetsHubLease } from './hub-lease.ts';
import { openReviewToken, signReviewToken } from './review-link.ts';
import { SheetsWorkbook } from './sheets-workbook.ts';
import { storedReview } from './stored-review.ts';
import type { SheetsTransport } from './transport.ts';

export interface SheetsGatewayOptions {
  /** Usually `withRetry(nodeTransport(...))` or `withRetry(fetchTransport(...))`. */
  transport: SheetsTransport;
  /** The address people share their spreadsheets with. */
  serviceAccountEmail: string;
  engine: Pick<RecalculateDeps, 'assess' | 'validate'>;
  clock: Clock;
  /** HMAC secret for review links (at least 32 characters). */
  reviewSecret: string;
  /** Review link lifetime (default 7 days). */
  reviewTtlSeconds?: number;
  uncertaintyRuns?: number;
  /** Uncertainty runs of a live partner review (POST /v1/review); default 0, bounded by the partner limit. */
  reviewUncertaintyRuns?: number;
  concurrency?: number;
  /** Review link expiry; the real clock unless a test says otherwise (never CM_FIXED_TIME). */
  linkClock?: Clock;
  /** The hub lease: in developer metadata by default; another (a Durable Object), or false = this process's lock only. */
  lease?: false | ((hubId: string, runId: string) => HubLease);
  leaseTtlMs?: number;
  /** Shared between gateways of one process; a fresh one by default. */
  lock?: KeyedLock;
}

export function createSheetsGateway(options: SheetsGatewayOptions): SheetsGateway {
  if (options.reviewSecret.length < 32)
    throw new Error('The review link secret must be at least 32 characters long.');
  const lock = options.lock ?? new KeyedLock();
  const linkClock = options.linkClock ?? { now: () => new Date() };
  const deps: RecalculateDeps = {
    ...options.engine,
    open: (id) => new SheetsWorkbook(options.transport, id),
    clock: options.clock,
    explain: (e) => explainSheetsError(e, options.serviceAccountEmail),
    classify: classifySheetsError,
    ...(options.uncertaintyRuns !== undefined ? { uncertaintyRuns: options.uncertaintyRuns } : {}),
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
    ...(options.lease === false
      ? {}
      : {
          lease:
            options.lease ??
            ((hubId: string, runId: string) =>
              sheetsHubLease(options.transport, hubId, runId, {
                ...(options.leaseTtlMs !== undefined ? { ttlMs: options.leaseTtlMs } : {}),
              })),
        }),
  };
  return {
    kind: 'sheets',
    serviceAccountEmail: options.serviceAccountEmail,
    recalculate: (hubId) =>
      lock.run(hubId, () => recalculate(hubId, deps, `run-${crypto.randomUUID().slice(0, 8)}`)),
    storedReview: (spreadsheetId, hubId) => storedReview(options.transport, spreadsheetId, hubId),
    // a live review stays cheap: no uncertainty runs unless configured (stored reviews carry the hub's)
    review: (spreadsheetId, hubId) =>
      buildReview(spreadsheetId, hubId, {
        ...deps,
        uncertaintyRuns: options.reviewUncertaintyRuns ?? 0,
      }),
    signReviewLink: (spreadsheetId, hubId) =>
      signReviewToken(
        options.reviewSecret,
        { spreadsheetId, hubId },
        linkClock.now(),
        options.reviewTtlSeconds ?? 7 * 86_400,
      ),
    openReviewLink: (token) => openReviewToken(options.reviewSecret, token, linkClock.now()),
  };
}
