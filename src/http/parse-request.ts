/** Reads a route's query and JSON body through its zod schemas, or throws the matching problem. @module */
import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from './context.ts';
import { ApiProblem, type FieldError } from './problem.ts';

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

/**
 * A body of undeclared length (chunked), as text, stopped past the limit.
 * Where the body is a byte stream (workerd's are), it is read into one
 * buffer of 1 MB and more, so the runtime fills large reads; else its chunks
 * are kept as they come and joined once. Either way no growing copies and no
 * second Request around the bytes, as hono's bodyLimit makes.
 */
async function readCapped(request: Request, limitBytes: number): Promise<string> {
  if (!request.body) return '';
  let byob: ReadableStreamBYOBReader | undefined;
  try {
    byob = request.body.getReader({ mode: 'byob' });
  } catch {
    // not a byte stream: read its chunks
  }
  const bytes = byob
    ? await readInto(byob, limitBytes)
    : await readChunks(request.body.getReader(), limitBytes);
  return decoder.decode(bytes);
}

/** Reads into one buffer, doubled when full, one byte past the limit at most (to tell that it was passed). */
async function readInto(reader: ReadableStreamBYOBReader, limitBytes: number): Promise<Uint8Array> {
  const most = limitBytes + 1;
  let buffer = new Uint8Array(Math.min(most, FIRST_READ));
  let size = 0;
  for (;;) {
    if (size === buffer.length) {
      if (size >= most) break;
      const grown = new Uint8Array(Math.min(most, size * 2));
      grown.set(buffer);
      buffer = grown;
    }
    const { done, value } = await reader.read(buffer.subarray(size));
    // the read took the buffer over: carry on in the one it hands back
    if (value) buffer = new Uint8Array(value.buffer);
    if (done) break;
    size += value.byteLength;
  }
  if (size > limitBytes) {
    await reader.cancel();
    throw tooLarge(limitBytes);
  }
  return buffer.subarray(0, size);
}

/** Keeps the chunks as they come and joins them once. */
async function readChunks(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  limitBytes: number,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limitBytes) {
      await reader.cancel();
      throw tooLarge(limitBytes);
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** The first buffer a byte stream is read into. */
const FIRST_READ = 1024 * 1024;

/** UTF-8 as Request.text() decodes it: a malformed sequence becomes U+FFFD, a BOM is dropped. */
const decoder = new TextDecoder();

export function parseBody<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const errors = result.error.issues
    .slice(0, 100)
    .map((i): FieldError => ({ pointer: pointer(i.path), detail: i.message }));
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
function pointer(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '#';
  return `#/${path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
}
