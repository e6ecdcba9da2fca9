/**
 * A request body's bytes, read at most one byte past a limit: the app's JSON
 * bodies of undeclared length and the Node server's pooled uploads use it.
 * A byte stream (workerd's bodies are) is read into one buffer of 1 MB and
 * more, so the runtime fills large reads (the example arrives in ~440
 * chunks of 4 KB otherwise); any other stream's chunks are kept as they
 * come and joined once. No growing copies per chunk.
 * @module
 */

import { joinBytes } from './join-bytes.ts';

/** The first buffer a byte stream is read into. */
const FIRST_READ = 1024 * 1024;

/**
 * @returns the bytes, or undefined once they pass `limitBytes` (the stream is then cancelled)
 * @throws what the stream throws (e.g. the client went away)
 */
export async function readBodyCapped(
  body: ReadableStream<Uint8Array>,
  limitBytes: number,
): Promise<Uint8Array | undefined> {
  let byob: ReadableStreamBYOBReader | undefined;
  try {
    byob = body.getReader({ mode: 'byob' });
  } catch {
    // not a byte stream: read its chunks
  }
  return byob ? readInto(byob, limitBytes) : readChunks(body.getReader(), limitBytes);
}

/** Reads into one buffer, doubled when full, one byte past the limit at most (to tell that it was passed). */
async function readInto(
  reader: ReadableStreamBYOBReader,
  limitBytes: number,
): Promise<Uint8Array | undefined> {
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
    return undefined;
  }
  return buffer.subarray(0, size);
}

/** Keeps the chunks as they come and joins them once. */
async function readChunks(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  limitBytes: number,
): Promise<Uint8Array | undefined> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limitBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return chunks.length === 1 ? chunks[0]! : joinBytes(chunks, size);
}
