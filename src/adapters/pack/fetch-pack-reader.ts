/**
 * Reads the open-data pack over fetch (Workers static assets, a CDN): one
 * shard per request, never the whole pack. `fetchFile` gets a path relative
 * to the pack folder, e.g. `shards/NPL.json`.
 * @module
 */
import type { StoredShard } from '../../core/pack/codec.ts';
import { cachedReader, decodeShard, type PackReader } from '../../core/pack/reader.ts';
import type { PackIndex, PackManifest } from '../../core/pack/types.ts';

export type FetchFile = (path: string) => Promise<Response>;

async function json<T>(fetchFile: FetchFile, path: string): Promise<T | undefined> {
  const res = await fetchFile(path);
  if (res.status === 404) return undefined;
  if (!res.ok) throw new Error(`open-data pack: ${path} answered ${res.status}`);
  return (await res.json()) as T;
}

export function fetchPackReader(fetchFile: FetchFile): PackReader {
  return cachedReader({
    manifest: async () => {
      const m = await json<PackManifest>(fetchFile, 'manifest.json');
      if (!m) throw new Error('open-data pack: manifest.json not found');
      return m;
    },
    index: async () => (await json<PackIndex>(fetchFile, 'index.json')) ?? { corridors: [] },
    shard: async (country) => {
      if (!/^[A-Z]{3}$/.test(country)) return undefined;
      const s = await json<StoredShard>(fetchFile, `shards/${country}.json`);
      return s ? decodeShard(s) : undefined;
    },
  });
}
