/**
 * The port through which the core reads a pack: the manifest, the corridor
 * index and one shard per country. Adapters read files, static assets or an
 * in-memory pack; a template or a corridor page needs two or three shards.
 * @module
 */
import { decodeSet, type StoredShard } from './codec.ts';
import type { PackIndex, PackManifest, Shard } from './types.ts';

export interface PackReader {
  manifest(): Promise<PackManifest>;
  index(): Promise<PackIndex>;
  /** Undefined when the country has no shard. */
  shard(country: string): Promise<Shard | undefined>;
}

/** A pack held in memory (tests, the build script, a Node server that preloads). */
export interface LoadedPack {
  manifest: PackManifest;
  index: PackIndex;
  shards: ReadonlyMap<string, Shard>;
}

export function memoryReader(pack: LoadedPack): PackReader {
  return {
    manifest: async () => pack.manifest,
    index: async () => pack.index,
    shard: async (country) => pack.shards.get(country),
  };
}

/** Wraps a reader so each file is read once (shards kept in a bounded cache). */
export function cachedReader(inner: PackReader, maxShards = 64): PackReader {
  let manifest: Promise<PackManifest> | undefined;
  let index: Promise<PackIndex> | undefined;
  const shards = new Map<string, Promise<Shard | undefined>>();
  return {
    manifest: () => {
      manifest ??= inner.manifest();
      return manifest;
    },
    index: () => {
      index ??= inner.index();
      return index;
    },
    shard: (country) => {
      const hit = shards.get(country);
      if (hit) {
        shards.delete(country);
        shards.set(country, hit);
        return hit;
      }
      const next = inner.shard(country);
      shards.set(country, next);
      if (shards.size > maxShards) shards.delete(shards.keys().next().value as string);
      return next;
    },
  };
}

/** A shard file's JSON turned into points. */
export function decodeShard(stored: StoredShard): Shard {
  const pairs: Shard['pairs'] = {};
  for (const [d, set] of Object.entries(stored.pairs)) pairs[d] = decodeSet(set);
  return {
    country: stored.country,
    series: decodeSet(stored.series),
    pairs,
    ...(stored.routes ? { routes: stored.routes } : {}),
  };
}
