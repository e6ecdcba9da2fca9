/**
 * Every entry of an input package as raw compressed bytes (for copying
 * unchanged), plus the text of the few small parts the writer edits.
 * @module
 */
import { inflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';
import type { RawEntry } from './zip-write.ts';

/** Bytes of an XML part the writer edits (workbook, rels, content types, styles); bigger is refused. */
const MAX_EDITED_PART = 32 * 1024 * 1024;

export async function readRawEntries(bytes: Uint8Array): Promise<RawEntry[]> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (err, z) => (err ? reject(err) : resolve(z))),
  );
  const entries: RawEntry[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) {
          zip.readEntry();
          return;
        }
        zip.openReadStream(entry, { decodeFileData: false }, (err, stream) => {
          if (err || !stream) return reject(err);
          const parts: Buffer[] = [];
          stream.on('data', (c: Buffer) => parts.push(c));
          stream.on('error', reject);
          stream.on('end', () => {
            entries.push({
              name: entry.fileName,
              method: entry.compressionMethod,
              crc: entry.crc32,
              size: entry.uncompressedSize,
              compressed: joined(parts),
              time: entry.lastModFileTime,
              date: entry.lastModFileDate,
            });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
  return entries;
}

/**
 * The parts as one buffer: a view of the input when they are consecutive
 * slices of it (as yauzl's buffer reader gives them), so the input's raw
 * entries are not copied; otherwise a copy.
 */
function joined(parts: Buffer[]): Buffer {
  const first = parts[0];
  if (!first) return Buffer.alloc(0);
  let end = first.byteOffset + first.byteLength;
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i]!;
    if (p.buffer !== first.buffer || p.byteOffset !== end) return Buffer.concat(parts);
    end += p.byteLength;
  }
  return Buffer.from(first.buffer, first.byteOffset, end - first.byteOffset);
}

/** The text of a raw entry (only for the small parts the writer edits). */
export function entryText(entry: RawEntry): string {
  if (entry.size > MAX_EDITED_PART)
    throw new Error(`${entry.name} is ${entry.size} bytes, too large to edit`);
  const bytes =
    entry.method === 0
      ? entry.compressed
      : inflateRawSync(entry.compressed, { maxOutputLength: MAX_EDITED_PART });
  return Buffer.from(bytes).toString('utf8');
}
