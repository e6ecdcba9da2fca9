/**
 * The open-data pack's files (manifest, index, one shard per country) as
 * site files under pack/, so the published site carries the data it was
 * built from and the Worker's corridor routes can read the pack from the
 * same static assets (ASSETS binding, /pack/...).
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteFile } from '../../core/observatory/site-file.ts';
import type { PackManifest } from '../../core/pack/types.ts';

export function* packFiles(dir: string): Generator<SiteFile> {
  const manifestText = readFileSync(join(dir, 'manifest.json'), 'utf8');
  const manifest = JSON.parse(manifestText) as PackManifest;
  yield { path: 'pack/manifest.json', content: manifestText };
  yield { path: 'pack/index.json', content: readFileSync(join(dir, 'index.json'), 'utf8') };
  for (const entry of Object.values(manifest.shards))
    yield { path: `pack/${entry.file}`, content: readFileSync(join(dir, entry.file), 'utf8') };
}
