/**
 * The .xlsx zip package, read through yauzl (validated central directory,
 * declared sizes checked against the bytes actually inflated) with our
 * limits on top: entries, decompressed bytes per part and in total. A part is
 * inflated in chunks, so a zip bomb stops at the limit instead of filling memory.
 * @module
 */
import { createInflateRaw } from 'node:zlib';
import yauzl from 'yauzl';
import { count } from '../../core/limits/grid-limits.ts';
import { LimitBreach, megabytes, type ReadLimits } from './read-limits.ts';

export interface ZipPackage {
  /** Part name -> its entry. */
  entries: Map<string, yauzl.Entry>;
  zip: yauzl.ZipFile;
  /** The package's bytes, where each part's compressed data is read from. */
  bytes: Uint8Array;
  /** Decompressed bytes read so far, all parts together. */
  total: number;
}

export async function openPackage(bytes: Uint8Array, limits: ReadLimits): Promise<ZipPackage> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true }, (err, z) =>
      err ? reject(err) : resolve(z),
    ),
  );
  if (zip.entryCount > limits.zipEntries) {
    zip.close();
    throw new LimitBreach(
      'the package',
      `${count(limits.zipEntries)} zip entries`,
      `${count(zip.entryCount)} zip entries found`,
    );
  }
  const entries = new Map<string, yauzl.Entry>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  });
  return { entries, zip, bytes, total: 0 };
}

/** Part names are case-insensitive in OPC: finds `name` however the package spells it. */
export function findEntry(pkg: ZipPackage, name: string): yauzl.Entry | undefined {
  const exact = pkg.entries.get(name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  for (const [key, entry] of pkg.entries) if (key.toLowerCase() === lower) return entry;
  return undefined;
}

/** Where an entry's compressed bytes sit in the package, checked as yauzl checks them. */
function entryData(pkg: ZipPackage, entry: yauzl.Entry): Uint8Array {
  if (entry.isEncrypted())
    throw new Error('entry is encrypted, and options.decodeFileData !== false');
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
    throw new Error(`unsupported compression method: ${entry.compressionMethod}`);
  const bytes = pkg.bytes;
  const at = entry.relativeOffsetOfLocalHeader;
  if (at + 30 > bytes.length) throw new Error('unexpected EOF');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = view.getUint32(at, true);
  if (signature !== 0x04034b50)
    throw new Error(`invalid local file header signature: 0x${signature.toString(16)}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) {
    throw new Error(
      `file data overflows file bounds: ${start} + ${entry.compressedSize} > ${bytes.length}`,
    );
  }
  return bytes.subarray(start, start + entry.compressedSize);
}

/** Output chunk of the inflater: large, so a 200 MB sheet is a few hundred chunks, not 15,000. */
const CHUNK = 1024 * 1024;

/**
 * Inflates one part into `onBytes`, chunk by chunk (natively, on libuv's
 * thread pool, while the previous chunk is scanned; the inflater waits for
 * the scan, so at most a chunk or two are held). Stops with a LimitBreach as
 * soon as the part or the total passes its limit, and with an error when the
 * part inflates to more or fewer bytes than the package declares.
 */
export async function inflatePart(
  pkg: ZipPackage,
  entry: yauzl.Entry,
  limits: ReadLimits,
  onBytes: (chunk: Uint8Array) => void,
): Promise<void> {
  const part = entry.fileName;
  if (entry.uncompressedSize > limits.partBytes) {
    throw new LimitBreach(
      part,
      `${megabytes(limits.partBytes)} per part`,
      `${megabytes(entry.uncompressedSize)} when decompressed`,
    );
  }
  if (pkg.total + entry.uncompressedSize > limits.totalBytes) {
    throw new LimitBreach(
      part,
      `${megabytes(limits.totalBytes)} decompressed in total`,
      `${megabytes(pkg.total + entry.uncompressedSize)} with this part`,
    );
  }
  const data = entryData(pkg, entry);
  if (entry.compressionMethod === 0) {
    pkg.total += data.length;
    if (data.length > limits.partBytes) {
      throw new LimitBreach(
        part,
        `${megabytes(limits.partBytes)} per part`,
        `over ${megabytes(data.length)} when decompressed`,
      );
    }
    if (data.length > 0) onBytes(data);
    return;
  }
  const expected = entry.uncompressedSize;
  const inflate = createInflateRaw({ chunkSize: Math.max(64, Math.min(CHUNK, expected + 1)) });
  inflate.end(data);
  let bytes = 0;
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      pkg.total += chunk.length;
      if (bytes > limits.partBytes) {
        throw new LimitBreach(
          part,
          `${megabytes(limits.partBytes)} per part`,
          `over ${megabytes(bytes)} when decompressed`,
        );
      }
      if (bytes > expected)
        throw new Error(
          `too many bytes in the stream. expected ${expected}. got at least ${bytes}`,
        );
      onBytes(chunk);
    }
  } finally {
    inflate.destroy();
  }
  if (bytes < expected)
    throw new Error(`not enough bytes in the stream. expected ${expected}. got only ${bytes}`);
}

/** Streams one part as text chunks into `onText` (strict UTF-8), within the limits of {@link inflatePart}. */
export async function streamPart(
  pkg: ZipPackage,
  entry: yauzl.Entry,
  limits: ReadLimits,
  onText: (chunk: string) => void,
): Promise<void> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  await inflatePart(pkg, entry, limits, (chunk) => onText(decoder.decode(chunk, { stream: true })));
  onText(decoder.decode());
}
