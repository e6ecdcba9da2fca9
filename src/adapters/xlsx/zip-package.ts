/**
 * The .xlsx zip package, read through yauzl (validated central directory,
 * declared sizes checked against the bytes actually inflated) with our
 * limits on top: entries, decompressed bytes per part and in total. A part is
 * streamed in chunks, so a zip bomb stops at the limit instead of filling memory.
 * @module
 */
import yauzl from 'yauzl';
import { count } from '../../core/limits/grid-limits.ts';
import { LimitBreach, megabytes, type ReadLimits } from './read-limits.ts';

export interface ZipPackage {
  /** Part name -> its entry. */
  entries: Map<string, yauzl.Entry>;
  zip: yauzl.ZipFile;
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
  return { entries, zip, total: 0 };
}

/** Part names are case-insensitive in OPC: finds `name` however the package spells it. */
export function findEntry(pkg: ZipPackage, name: string): yauzl.Entry | undefined {
  const exact = pkg.entries.get(name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  for (const [key, entry] of pkg.entries) if (key.toLowerCase() === lower) return entry;
  return undefined;
}

/**
 * Streams one part as text chunks into `onText`. Stops with a LimitBreach as
 * soon as the part or the total passes its limit.
 */
export async function streamPart(
  pkg: ZipPackage,
  entry: yauzl.Entry,
  limits: ReadLimits,
  onText: (chunk: string) => void,
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
  const stream = await new Promise<NodeJS.ReadableStream & { destroy(): void }>((resolve, reject) =>
    pkg.zip.openReadStream(entry, (err, s) => (err ? reject(err) : resolve(s as never))),
  );
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let bytes = 0;
  await new Promise<void>((resolve, reject) => {
    const fail = (error: unknown) => {
      stream.destroy();
      reject(error);
    };
    stream.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      pkg.total += chunk.length;
      if (bytes > limits.partBytes) {
        fail(
          new LimitBreach(
            part,
            `${megabytes(limits.partBytes)} per part`,
            `over ${megabytes(bytes)} when decompressed`,
          ),
        );
        return;
      }
      try {
        onText(decoder.decode(chunk, { stream: true }));
      } catch (error) {
        fail(error);
      }
    });
    stream.on('error', reject);
    stream.on('end', () => {
      try {
        onText(decoder.decode());
        resolve();
      } catch (error) {
        reject(error);
      }
    });
  });
}
