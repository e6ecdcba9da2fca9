/**
 * The Sheets gateway the HTTP app receives: recalculation (one at a time per
 * hub in this process), partner review and review links, over any transport.
 * @module
 */
import type { Clock } from '../../core/contract/ports.ts';
import type { SheetsGateway } from '../../core/contract/sheets-gateway.ts';
import { KeyedLock } from '../../core/recalculate/keyed-lock.ts';
import { recalculate } from '../../core/recalculate/recalculate.ts';
import type { RecalculateDeps } from '../../core/recalculate/types.ts';
import { buildReview } from '../../core/review/build-review.ts';
import { classifySheetsError, explainSheetsError } from './explain-error.ts';
import { openReviewToken, signReviewToken } from './review-link.ts';
import { SheetsWorkbook } from './sheets-workbook.ts';
import type { SheetsTransport } from './transport.ts';

export interface SheetsGatewayOptions {
  /** Usually `withRetry(nodeTransport(...))` or `withRetry(fetchTransport(...))`. */
  transport: SheetsTransport;
  /** The address people share their spreadsheets with. */
  serviceAccountEmail: string;
  engine: Pick<RecalculateDeps, 'assess' | 'validate'>;
  clock: Clock;
  /** The hub partner reviews are compared with; none = no comparison. */
  reviewHubId?: string;
  /** HMAC secret for review links (at least 32 characters). */
  reviewSecret: string;
  /** Review link lifetime (default 7 days). */
  reviewTtlSeconds?: number;
  uncertaintyRuns?: number;
  concurrency?: number;
  /** Shared between gateways of one process; a fresh one by default. */
  lock?: KeyedLock;
}

export function createSheetsGateway(options: SheetsGatewayOptions): SheetsGateway {
  if (options.reviewSecret.length < 32)
    throw new Error('The review link secret must be at least 32 characters long.');
  const lock = options.lock ?? new KeyedLock();
  const deps: RecalculateDeps = {
    ...options.engine,
    open: (id) => new SheetsWorkbook(options.transport, id),
    clock: options.clock,
    explain: (e) => explainSheetsError(e, options.serviceAccountEmail),
    classify: classifySheetsError,
    ...(options.uncertaintyRuns !== undefined ? { uncertaintyRuns: options.uncertaintyRuns } : {}),
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
  };
  return {
    kind: 'sheets',
    serviceAccountEmail: options.serviceAccountEmail,
    recalculate: (hubId) => lock.run(hubId, () => recalculate(hubId, deps)),
    review: (spreadsheetId) => buildReview(spreadsheetId, options.reviewHubId, deps),
    signReviewLink: (spreadsheetId) =>
      signReviewToken(
        options.reviewSecret,
        spreadsheetId,
        options.clock.now(),
        options.reviewTtlSeconds ?? 7 * 86_400,
      ),
    openReviewLink: (token) => openReviewToken(options.reviewSecret, token, options.clock.now()),
  };
}
