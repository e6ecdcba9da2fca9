/** POST /v1/review and GET /v1/review/{token}: a partner's spreadsheet reviewed, as JSON and as a page. @module */
import type { Context } from 'hono';
import { z } from 'zod';
import type { ReviewOutcome } from '../../core/contract/review.ts';
import { named } from '../../core/contract/schema-registry.ts';
import { parseSheetLink } from '../../core/contract/sheet-link.ts';
import { renderReviewPage } from '../../core/review/review-page.ts';
import type { AppEnv } from '../context.ts';
import { ApiProblem } from '../problem.ts';
import { defineRoute } from '../route.ts';
import { sheetsOf } from './recalculate.ts';

const ReviewRequest = named(
  'ReviewRequest',
  z
    .object({
      sheetUrl: z
        .string()
        .min(1)
        .max(2000)
        .describe(
          'Any Google Sheets link (edit, view, copy, with gid or range) or a bare spreadsheet ID',
        ),
      hubId: z
        .string()
        .min(1)
        .max(500)
        .optional()
        .describe(
          "The hub to compare with: a partner's token names it (this may repeat it); a coordinator names one of its hubs",
        ),
    })
    .strict(),
);

const Score = z.number().nullable();
export const ReviewResponse = named(
  'ReviewResponse',
  z.object({
    review: z.object({
      spreadsheetId: z.string(),
      title: z.string(),
      generatedAt: z.string(),
      status: z.enum(['scored', 'invalid']),
      errors: z.number().int(),
      warnings: z.number().int(),
      issues: z.array(
        z.object({
          code: z.string(),
          cell: z.string(),
          message: z.string(),
          severity: z.enum(['error', 'warning']),
        }),
      ),
      corridors: z.array(
        z.object({
          corridorId: z.string(),
          route: z.string(),
          overall: Score,
          rank: Score,
          rankQ5: Score,
          rankQ95: Score,
          coverage: z.number(),
          partner: z.boolean(),
        }),
      ),
      dimensions: z.array(
        z.object({
          id: z.string(),
          scores: z.record(z.string(), Score),
          median: Score,
          best: Score,
        }),
      ),
      gaps: z.array(
        z.object({
          corridorId: z.string(),
          available: z.number().int(),
          stale: z.number().int(),
          missing: z.number().int(),
        }),
      ),
      hub: z
        .object({
          label: z.string(),
          corridors: z.number().int(),
          unreachable: z.number().int(),
        })
        .nullable(),
    }),
    link: z
      .object({ url: z.string(), expiresAt: z.string() })
      .describe('A signed, expiring link to the review as an HTML page'),
  }),
);

function unwrap(outcome: ReviewOutcome, email: string) {
  if (outcome.ok) return outcome.review;
  switch (outcome.failure) {
    case 'forbidden':
      throw new ApiProblem(
        'forbidden',
        `Corridor Monitor cannot open this spreadsheet. Share it with ${email} (Viewer is enough), then try again.`,
      );
    case 'not_found':
      throw new ApiProblem('not-found', 'No spreadsheet with this ID exists, or it was deleted.');
    case 'not_listed':
      throw new ApiProblem('forbidden', outcome.reason);
    case 'hub_unreachable':
      throw new ApiProblem('upstream-unavailable', outcome.reason, RETRY_LATER);
    default:
      throw new ApiProblem(
        'upstream-unavailable',
        'Google Sheets could not be read; try again shortly.',
        RETRY_LATER,
      );
  }
}

const RETRY_LATER = { headers: { 'retry-after': '30' } };

/** The hub a review compares with: the partner's own, or one the coordinator names. */
function reviewHub(c: Context<AppEnv>, asked: string | undefined): string {
  const hubs = c.get('hubs') ?? [];
  const askedId = asked === undefined ? undefined : parseSheetLink(asked)?.spreadsheetId;
  if (asked !== undefined && !askedId)
    throw new ApiProblem(
      'invalid-request',
      'hubId is not a Google Sheets link or spreadsheet ID.',
      {
        errors: [{ pointer: '/hubId', detail: 'Expected a Google Sheets link or spreadsheet ID.' }],
      },
    );
  if (hubs.length === 0)
    throw new ApiProblem(
      'forbidden',
      'This token names no hub to review against; ask your coordinator for a token issued with --hub.',
    );
  if (askedId) {
    if (!hubs.includes(askedId))
      throw new ApiProblem('forbidden', 'This token may not review against that hub.');
    return askedId;
  }
  if (hubs.length > 1)
    throw new ApiProblem(
      'invalid-request',
      'This token names several hubs: say which one in hubId.',
      {
        errors: [{ pointer: '/hubId', detail: 'Required when the token names several hubs.' }],
      },
    );
  return hubs[0]!;
}

/** Review links are built from CM_PUBLIC_URL only, never from the request's Host header. */
function baseUrl(c: Context<AppEnv>): string {
  const url = c.get('deps').config.publicUrl;
  if (!url)
    throw new ApiProblem(
      'not-configured',
      'Review links need the public URL of this API: set CM_PUBLIC_URL (e.g. https://cm.example.org).',
    );
  return url.replace(/\/+$/, '');
}

export const reviewRoute = defineRoute({
  method: 'POST',
  path: '/v1/review',
  operationId: 'review',
  summary: 'Review a partner spreadsheet',
  description:
    "Reads the spreadsheet through the service account (share it with that address first), validates it, scores it among the hub's corridors and returns the review with a signed, expiring link to an HTML page. Writes nothing. Only a spreadsheet listed in the Hub tab of the token's hub is reviewed (never the hub itself); the link is built from CM_PUBLIC_URL (503 without it).",
  tag: 'Sheets',
  access: ['partner'],
  body: ReviewRequest,
  responses: [{ status: 200, description: 'The review and its link.', schema: ReviewResponse }],
  handle: async (c, { body }) => {
    const sheets = sheetsOf(c);
    const link = parseSheetLink(body.sheetUrl);
    if (!link)
      throw new ApiProblem(
        'invalid-request',
        'sheetUrl is not a Google Sheets link or spreadsheet ID.',
        {
          errors: [
            {
              pointer: '/sheetUrl',
              detail:
                'Expected a link such as https://docs.google.com/spreadsheets/d/<id>/edit, or the bare ID.',
            },
          ],
        },
      );
    const hubId = reviewHub(c, body.hubId);
    const base = baseUrl(c);
    const review = unwrap(
      await sheets.review(link.spreadsheetId, hubId),
      sheets.serviceAccountEmail,
    );
    const signed = await sheets.signReviewLink(link.spreadsheetId, hubId);
    return c.json(
      {
        review,
        link: { url: `${base}/v1/review/${signed.token}`, expiresAt: signed.expiresAt },
      },
      200,
    );
  },
});

export const reviewPageRoute = defineRoute({
  method: 'GET',
  path: '/v1/review/:token',
  operationId: 'reviewPage',
  summary: 'A review as an HTML page',
  description:
    'The review behind a signed link, read from the results the last hub recalculation stored (at most 2 Sheets API calls, never re-scored), saying which run computed it: SVG charts with table equivalents, no JavaScript, print styles. Public: the signed token is the credential.',
  tag: 'Sheets',
  access: 'public',
  responses: [{ status: 200, description: 'The review page.', contentType: 'text/html' }],
  handle: async (c) => {
    const sheets = sheetsOf(c);
    const opened = await sheets.openReviewLink(c.req.param('token') ?? '');
    if (!opened)
      throw new ApiProblem(
        'not-found',
        'This review link is invalid or has expired; ask for a new review.',
      );
    // read from the results the last recalculation stored: never re-scored here
    const stored = await sheets.storedReview?.(opened.spreadsheetId, opened.hubId);
    if (!stored)
      throw new ApiProblem(
        'not-found',
        'No results are stored for this spreadsheet yet: they appear after the hub is next recalculated.',
      );
    const review = unwrap(stored, sheets.serviceAccountEmail);
    c.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
    return c.html(renderReviewPage(review, opened.expiresAt), 200);
  },
});
