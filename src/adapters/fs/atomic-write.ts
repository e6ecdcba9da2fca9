/**
 * Writes a file so that readers see the old bytes or the new ones, never half:
 * a fresh temporary file beside the target (created exclusively, so it can
 * never clobber anything), then a rename over the target. Nothing else in the
 * folder is renamed, moved or deleted.
 * @module
 */
import { randomBytes } from 'node:crypto';
import { constants, copyFile, open, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

function tempBeside(path: string): string {
  return join(
    dirname(path),
    `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`,
  );
}

async function viaTemp(path: string, fill: (temp: string) => Promise<void>): Promise<void> {
  const temp = tempBeside(path);
  try {
    await fill(temp);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export async function writeFileAtomic(path: string, bytes: Uint8Array | string): Promise<void> {
  await viaTemp(path, (temp) => writeFile(temp, bytes, { flag: 'wx' }));
}

/**
 * Writes the chunks one after another into the temporary file, then renames
 * it over `path`: a long file is never held whole in memory.
 */
export async function writeChunksAtomic(
  path: string,
  chunks: Iterable<Uint8Array | string>,
): Promise<void> {
  await viaTemp(path, async (temp) => {
    const file = await open(temp, 'wx');
    try {
      for (const chunk of chunks) {
        if (typeof chunk === 'string') await file.write(chunk);
        else await file.write(chunk);
      }
    } finally {
      await file.close();
    }
  });
}

/** Copies `from` to `to` byte for byte, atomically at `to`. */
export async function copyFileAtomic(from: string, to: string): Promise<void> {
  await viaTemp(to, (temp) => copyFile(from, temp, constants.COPYFILE_EXCL));
}
