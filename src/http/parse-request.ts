/** Reads a route's query and JSON body through its zod schemas, or throws the matching problem. @module */
import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from './context.ts';
import { ApiProblem, type FieldError } from './problem.ts';
import { readBodyCapped } from './read-body-capped.ts';

const JSON_TYPE = /^application\/([a-z0-9.+-]+\+)?json\s*(;|$)/i;

/**
 * The JSON body, read once and at most `limitBytes` long: refused from its
 * declared Content-Length before any of it is read, else counted while read.
 * `inspect` sees the raw text first (e.g. to refuse an oversized workbook
 * before parsing it).
 * @throws ApiProblem 413 over the limit, 415 for another media type, 400 for malformed JSON
 */
export async function readJsonBody(
  c: Context<AppEnv>,
  limitBytes: number,
  inspect?: (text: string) => void,
): Promise<unknown> {
  const request = c.req.raw;
  const declared = request.headers.has('transfer-encoding')
    ? undefined
    : request.headers.get('content-length');
  if (declared && Number(declared) > limitBytes) throw tooLarge(limitBytes);
  const type = c.req.header('content-type') ?? '';
  if (!JSON_TYPE.test(type)) {
    throw new ApiProblem(
      'unsupported-media-type',
      `Expected a JSON body (Content-Type: application/json), got "${type || 'none'}".`,
    );
  }
  const text = declared ? await request.text() : await readCapped(request, limitBytes);
  inspect?.(text);
  try {
    return JSON.parse(text);
  } catch (error) {
    const why = error instanceof SyntaxError ? error.message : 'unreadable';
    throw new ApiProblem('malformed-json', `The request body is not valid JSON: ${why}.`);
  }
}

const tooLarge = (limitBytes: number) =>
  new ApiProblem('payload-too-large', `The request body exceeds the limit of ${limitBytes} bytes.`);

/** A body of undeclared length (chunked), as text, stopped past the limit. */
async function readCapped(request: Request, limitBytes: number): Promise<string> {
  if (!request.body) return '';
  const bytes = await readBodyCapped(request.body, limitBytes);
  if (!bytes) throw tooLarge(limitBytes);
  return decoder.decode(bytes);
}

/** UTF-8 as Request.text() decodes it: a malformed sequence becomes U+FFFD, a BOM is dropped. */
const decoder = new TextDecoder();

export function parseBody<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const errors = result.error.issues
    .slice(0, 100)
    .map((i): FieldError => ({ pointer: jsonPointer(i.path), detail: i.message }));
  throw new ApiProblem('invalid-request', describe(result.error.issues.length, errors[0]), {
    errors,
  });
}

export function parseQuery<S extends z.ZodType>(
  schema: S,
  query: Record<string, string>,
): z.output<S> {
  const result = schema.safeParse(query);
  if (result.success) return result.data;
  const errors = result.error.issues.map(
    (i): FieldError => ({ parameter: i.path.map(String).join('.'), detail: i.message }),
  );
  throw new ApiProblem('invalid-request', describe(result.error.issues.length, errors[0]), {
    errors,
  });
}

function describe(count: number, first: FieldError | undefined): string {
  const where = first?.pointer ?? first?.parameter ?? '';
  return `${count} field${count === 1 ? '' : 's'} did not match the schema; first at ${where || 'the top level'}: ${first?.detail ?? ''}`;
}

/** RFC 6901: `~` -> `~0`, `/` -> `~1`, with the `#` fragment prefix of RFC 9457's examples. */
export function jsonPointer(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '#';
  return `#/${path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
}
