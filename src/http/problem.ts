/**
 * Every error answer is RFC 9457 problem+json, built here and nowhere else.
 * `type` is a URI reference to the problem's section of the /docs page.
 * @module
 */

/** The problems the API can answer with: slug -> status and title. */
export const PROBLEMS = {
  'malformed-json': { status: 400, title: 'Malformed JSON' },
  'malformed-request': { status: 400, title: 'Malformed request' },
  unauthorized: { status: 401, title: 'Unauthorized' },
  forbidden: { status: 403, title: 'Forbidden' },
  'not-found': { status: 404, title: 'Not found' },
  'payload-too-large': { status: 413, title: 'Payload too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  'invalid-request': { status: 422, title: 'Invalid request' },
  conflict: { status: 409, title: 'Conflict' },
  'headers-too-large': { status: 431, title: 'Request header fields too large' },
  'internal-error': { status: 500, title: 'Internal error' },
  'upstream-unavailable': { status: 502, title: 'Google Sheets unavailable' },
  'not-configured': { status: 503, title: 'Not configured' },
  busy: { status: 503, title: 'Busy' },
  'budget-exceeded': { status: 503, title: 'Over the time budget' },
} as const;

export type ProblemSlug = keyof typeof PROBLEMS;

/** A field-level error inside a 422: a JSON Pointer (RFC 6901) into the body, or a query parameter. */
export interface FieldError {
  pointer?: string;
  parameter?: string;
  detail: string;
}

/** Thrown by handlers and middleware; turned into a problem response by app.onError. */
export class ApiProblem extends Error {
  override name = 'ApiProblem';
  constructor(
    readonly slug: ProblemSlug,
    readonly detail: string,
    readonly extra: { errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(detail);
  }
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  requestId: string;
  errors?: FieldError[];
}

export function problemResponse(
  problem: ApiProblem,
  instance: string,
  requestId: string,
): Response {
  const { status, title } = PROBLEMS[problem.slug];
  const body: ProblemBody = {
    type: `/docs#problem-${problem.slug}`,
    title,
    status,
    detail: problem.detail,
    instance,
    requestId,
  };
  if (problem.extra.errors) body.errors = problem.extra.errors;
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': 'application/problem+json',
      'x-request-id': requestId,
      ...problem.extra.headers,
    },
  });
}
