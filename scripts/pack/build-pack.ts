/**
 * `npm run data:pack`: builds the open-data pack in data/pack/ from the
 * extracts in data/ (manifest.json, index.json, shards/<ISO3>.json), written
 * to a temporary folder first and moved into place.
 * Usage: tsx scripts/pack/build-pack.ts [dataDir] [outDir]
 * @module
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { assemblePack } from './assemble.ts';
import { readSources } from './read-sources.ts';

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

export function buildPack(dataDir = 'data', outDir = join(dataDir, 'pack')) {
  const started = performance.now();
  const fileHashes = new Map<string, string>();
  for (const f of readdirSync(dataDir).filter((f) => f.endsWith('.csv'))) {
    fileHashes.set(f, sha256(readFileSync(join(dataDir, f))));
  }
  const pack = assemblePack(readSources(dataDir), sha256, fileHashes);
  const tmp = `${outDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  for (const [file, text] of pack.files) {
    mkdirSync(dirname(join(tmp, file)), { recursive: true });
    writeFileSync(join(tmp, file), text);
  }
  rmSync(outDir, { recursive: true, force: true });
  renameSync(tmp, outDir);
  return { manifest: pack.manifest, files: pack.files, ms: performance.now() - started };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { manifest, files, ms } = buildPack(process.argv[2] ?? 'data', process.argv[3]);
  const bytes = [...files.values()].reduce((s, t) => s + Buffer.byteLength(t), 0);
  process.stdout.write(
    `data/pack ${manifest.version}: ${files.size} files, ${(bytes / 1048576).toFixed(2)} MiB, ${manifest.coverage.corridors} corridors, ${manifest.coverage.countries} countries, latest year ${manifest.latestYear}, built in ${(ms / 1000).toFixed(1)} s\n`,
  );
}
