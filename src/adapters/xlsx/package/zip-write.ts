/**
 * Writes a zip package from entries that are either copied raw (their
 * compressed bytes, CRC and sizes exactly as in the input, so an input part
 * survives byte for byte and is never re-deflated) or new (deflated here).
 *
 * Hand-written because no well-kept zip writer copies compressed entries raw;
 * the format is the plain PKZIP subset every spreadsheet reads (no zip64,
 * which the reader's limits keep out of reach).
 * @module
 */
import { promisify } from 'node:util';
import { deflateRaw, deflateRawSync, crc32 as nodeCrc32 } from 'node:zlib';

const deflateRawAsync = promisify(deflateRaw);

export interface RawEntry {
  name: string;
  method: number;
  crc: number;
  size: number;
  compressed: Uint8Array;
  time: number;
  date: number;
}

/** DOS date of 1980-01-01 00:00: new parts carry a fixed time so output is reproducible. */
const FIXED_DATE = (0 << 9) | (1 << 5) | 1;

let table: Uint32Array | undefined;
function crc32(bytes: Uint8Array): number {
  if (typeof nodeCrc32 === 'function') return nodeCrc32(bytes) >>> 0;
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = table[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Big parts (a long generated tab) trade a little size for speed. */
const levelFor = (bytes: Uint8Array) => (bytes.length > 4 * 1024 * 1024 ? 1 : 6);
const utf8 = (data: Uint8Array | string) =>
  typeof data === 'string' ? Buffer.from(data, 'utf8') : data;

function entryOf(name: string, bytes: Uint8Array, deflated: Uint8Array): RawEntry {
  const stored = deflated.length >= bytes.length;
  return {
    name,
    method: stored ? 0 : 8,
    crc: crc32(bytes),
    size: bytes.length,
    compressed: stored ? bytes : deflated,
    time: 0,
    date: FIXED_DATE,
  };
}

/** A new entry: deflated (stored when that is no smaller). */
export function newEntry(name: string, data: Uint8Array | string): RawEntry {
  const bytes = utf8(data);
  return entryOf(name, bytes, deflateRawSync(bytes, { level: levelFor(bytes) }));
}

/**
 * The same entry, byte for byte, deflated on libuv's thread pool, so the
 * caller can go on building the next part meanwhile.
 */
export async function newEntryAsync(name: string, data: Uint8Array | string): Promise<RawEntry> {
  const bytes = utf8(data);
  // one output buffer that usually holds the whole result: with zlib's 16 KB default every
  // 16 KB of output waits for a callback on the main thread, so little runs in parallel
  const chunkSize = 64 * 1024 + (bytes.length >> 2);
  return entryOf(name, bytes, await deflateRawAsync(bytes, { level: levelFor(bytes), chunkSize }));
}

/**
 * The fields a local header and its central-directory header share, in the
 * same order from `at`: flags (UTF-8 names), method, time, date, CRC-32,
 * compressed and uncompressed sizes, name length.
 */
function entryFields(b: Buffer, at: number, e: RawEntry, nameLength: number): void {
  b.writeUInt16LE(0x0800, at);
  b.writeUInt16LE(e.method, at + 2);
  b.writeUInt16LE(e.time, at + 4);
  b.writeUInt16LE(e.date, at + 6);
  b.writeUInt32LE(e.crc, at + 8);
  b.writeUInt32LE(e.compressed.length, at + 12);
  b.writeUInt32LE(e.size, at + 16);
  b.writeUInt16LE(nameLength, at + 20);
}

/** The package as its pieces in order (headers, names, data), to write without one copy of the whole. */
export function zipChunks(entries: readonly RawEntry[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    entryFields(local, 6, e, name.length);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(20, 6);
    entryFields(head, 8, e, name.length);
    head.writeUInt32LE(offset, 42);
    central.push(head, name);
    chunks.push(local, name, e.compressed);
    offset += 30 + name.length + e.compressed.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  chunks.push(...central, end);
  return chunks;
}

export function writeZip(entries: readonly RawEntry[]): Uint8Array {
  return Buffer.concat(zipChunks(entries));
}
