/**
 * Opens the observatory's data source: the open-data pack folder (data/pack,
 * or CORRIDOR_MONITOR_PACK), read whole once, since a site build visits
 * every shard; rebuilding one corridor reads only its two shards.
 * @module
 */

import { packSource } from '../../core/observatory/pack-source.ts';
import type { ObservatorySource } from '../../core/observatory/port.ts';
import type { Shard } from '../../core/pack/types.ts';
import { defaultPackDir, fsPackReader } from '../pack/fs-pack-reader.ts';

export async function openObservatorySource(
  dir = defaultPackDir(),
  only?: readonly string[],
): Promise<ObservatorySource> {
  const reader = fsPackReader(dir);
  const manifest = await reader.manifest();
  const index = await reader.index();
  const shards = new Map<string, Shard>();
  for (const code of only ?? Object.keys(manifest.shards)) {
    const s = await reader.shard(code);
    if (s) shards.set(code, s);
  }
  return packSource({ manifest, index, shards });
}
