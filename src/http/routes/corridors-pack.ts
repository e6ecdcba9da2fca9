/**
 * Where the corridor routes read the open-data pack: the reader in the app's
 * dependencies (Node preloads or reads data/pack), else on Workers the
 * static-asset binding ASSETS, one shard per request under /pack/.
 * @module
 */
import type { Context } from 'hono';
import { fetchPackReader } from '../../adapters/pack/fetch-pack-reader.ts';
import type { PackReader } from '../../core/pack/reader.ts';
import type { AppEnv } from '../context.ts';
import { ApiProblem } from '../problem.ts';

interface AssetsBinding {
  fetch(request: Request | string): Promise<Response>;
}

let fromAssets: PackReader | undefined;

export function packReader(c: Context<AppEnv>): PackReader {
  const deps = c.get('deps') as { pack?: PackReader };
  if (deps.pack) return deps.pack;
  const assets = (c.env as { ASSETS?: AssetsBinding } | undefined)?.ASSETS;
  if (assets) {
    fromAssets ??= fetchPackReader((path) => assets.fetch(`https://assets.local/pack/${path}`));
    return fromAssets;
  }
  throw new ApiProblem(
    'not-configured',
    'The open-data pack is not available: on Node pass a pack reader in the app dependencies, on Workers serve data/pack as static assets under /pack/.',
  );
}

/** `NPL-QAT` or `GTM-MEX-USA` -> its codes, or undefined when malformed. */
export function parseCorridorId(
  id: string,
): { origin: string; transit?: string; destination: string } | undefined {
  const parts = id.trim().toUpperCase().split('-');
  if (parts.length < 2 || parts.length > 3 || !parts.every((p) => /^[A-Z]{2,5}$/.test(p)))
    return undefined;
  const [origin, a, b] = parts as [string, string, string?];
  return b ? { origin, transit: a, destination: b } : { origin, destination: a };
}
