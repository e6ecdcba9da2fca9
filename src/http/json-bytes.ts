/**
 * A JSON answer serialised once, straight to UTF-8 bytes. `c.json` hands
 * the runtime a string, which undici re-scans for lone surrogates and
 * encodes again; JSON.stringify never emits a lone surrogate (it escapes
 * them), so encoding here gives the same bytes for less work.
 * @module
 */
import type { Context } from 'hono';
import { answerPieces } from './answer-json.ts';
import type { AppEnv } from './context.ts';
import { joinBytes } from './join-bytes.ts';

const encoder = new TextEncoder();

interface ByteBuffer extends Uint8Array<ArrayBuffer> {
  latin1Write(text: string, offset: number): number;
}
type BufferClass = { allocUnsafeSlow(size: number): ByteBuffer };

/** Texts from this length up take the Buffer path (far above Buffer's 4 KiB pooled sizes). */
const LARGE = 64 * 1024;
const NOT_ASCII = /[\u0080-\uffff]+/g;

/**
 * UTF-8 of `text`. An answer is ASCII but for a few names (Türkiye): where
 * the runtime has Buffer, the ASCII runs are copied byte for byte
 * (latin1Write) and only the others go through the encoder, about 30% less
 * time than TextEncoder on the example's 1.8 MB answer. Short texts, and
 * runtimes without Buffer, use TextEncoder.
 */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
  const B = (globalThis as unknown as { Buffer?: BufferClass }).Buffer;
  if (!B || text.length < LARGE) return encoder.encode(text);
  const runs: number[] = [];
  let extra = 0;
  NOT_ASCII.lastIndex = 0;
  for (let m = NOT_ASCII.exec(text); m; m = NOT_ASCII.exec(text)) {
    runs.push(m.index, m.index + m[0].length);
    extra += 2 * m[0].length; // at most 3 bytes per UTF-16 unit
  }
  const out = B.allocUnsafeSlow(text.length + extra);
  let at = 0;
  let from = 0;
  for (let k = 0; k < runs.length; k += 2) {
    at += out.latin1Write(text.slice(from, runs[k]), at);
    at += encoder.encodeInto(text.slice(runs[k], runs[k + 1]), out.subarray(at)).written;
    from = runs[k + 1]!;
  }
  at += out.latin1Write(text.slice(from), at);
  return out.subarray(0, at);
}

/** UTF-8 of the pieces joined; a piece that repeats the one before (the same string) is encoded once. */
export function utf8Pieces(pieces: readonly string[]): Uint8Array<ArrayBuffer> {
  if (pieces.length === 1) return utf8(pieces[0]!);
  const bytes: Uint8Array<ArrayBuffer>[] = new Array(pieces.length);
  let total = 0;
  for (let i = 0; i < pieces.length; i++) {
    const b = i > 0 && pieces[i] === pieces[i - 1] ? bytes[i - 1]! : utf8(pieces[i]!);
    bytes[i] = b;
    total += b.length;
  }
  return joinBytes(bytes, total);
}

/** Same status, headers and bytes as `c.json(value)`. */
export function jsonBytes(c: Context<AppEnv>, value: unknown): Response {
  return c.body(utf8Pieces(answerPieces(value)), 200, {
    'content-type': 'application/json',
  });
}
