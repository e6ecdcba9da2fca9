/**
 * Reads the open-data pack from a folder (data/pack by default): the
 * manifest, the index and one shard per country, each file read once.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StoredShard } from '../../core/pack/codec.ts';
import {
  cachedReader,
  decodeShard,
  type LoadedPack,
  type PackReader,
} from '../../core/pack/reader.ts';
import type { PackIndex, PackManifest, Shard } from '../../core/pack/types.ts';

/** data/pack of this package, found by walking up from this file (works from src/ and dist/). */
export function defaultPackDir(): string {
  const configured = process.env.CORRIDOR_MONITOR_PACK?.trim();
  if (configured) return resolve(configured);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'data', 'pack', 'manifest.json');
    if (existsSync(candidate)) return dirname(candidate);
    dir = dirname(dir);
  }
  return resolve('data/pack');
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** A reader over the pack folder; a missing shard file is `undefined`. */
export function fsPackReader(dir = defaultPackDir()): PackReader {
  let manifest: PackManifest | undefined;
  const load = () => {
    manifest ??= readJson<PackManifest>(join(dir, 'manifest.json'));
    return manifest;
  };
  return cachedReader({
    manifest: async () => load(),
    index: async () => readJson<PackIndex>(join(dir, 'index.json')),
    shard: async (country) => {
      const entry = load().shards[country];
      if (!entry) return undefined;
      return decodeShard(readJson<StoredShard>(join(dir, entry.file)));
    },
  });
}

/** The whole pack in memory, read synchronously (build scripts, a server that preloads). */
export function loadPack(dir = defaultPackDir()): LoadedPack {
  const manifest = readJson<PackManifest>(join(dir, 'manifest.json'));
  const shards = new Map<string, Shard>();
  for (const [code, entry] of Object.entries(manifest.shards)) {
    shards.set(code, decodeShard(readJson<StoredShard>(join(dir, entry.file))));
  }
  return { manifest, index: readJson<PackIndex>(join(dir, 'index.json')), shards };
}
