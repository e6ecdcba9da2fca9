/**
 * Where the corridor routes read the open-data pack: the reader in the app's
 * dependencies (Node preloads or reads data/pack), else on Workers the
 * static-asset binding ASSETS, one shard per request under /pack/.
 * @module
 */
import type { Context } from 'hono';
import { fetchPackReader } from '../../adapters/pack/fetch-pack-reader.ts';
import { type CorridorFacts, corridorFacts } from '../../core/pack/facts.ts';
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

type CorridorSpec = { origin: string; transit?: string; destination: string };

/**
 * The corridor named by the route's `:id` and what the pack holds of it.
 * @throws ApiProblem not-found for a malformed id or a pair the pack does not know
 */
export async function requestedCorridor(
  c: Context<AppEnv>,
  reader: PackReader,
): Promise<{ spec: CorridorSpec; facts: CorridorFacts }> {
  const id = c.req.param('id') ?? '';
  const spec = parseCorridorId(id);
  if (!spec) {
    throw new ApiProblem(
      'not-found',
      `corridor "${id}" expects ORIGIN-DESTINATION or ORIGIN-TRANSIT-DESTINATION in ISO 3166 alpha-3 codes, e.g. NPL-QAT`,
    );
  }
  const r = await corridorFacts(reader, spec.origin, spec.destination, spec.transit);
  if (!r.ok) throw new ApiProblem('not-found', r.issues[0]!.message);
  return { spec, facts: r.facts };
}

/** `NPL-QAT` or `GTM-MEX-USA` -> its codes, or undefined when malformed. */
function parseCorridorId(id: string): CorridorSpec | undefined {
  const parts = id.trim().toUpperCase().split('-');
  if (parts.length < 2 || parts.length > 3 || !parts.every((p) => /^[A-Z]{2,5}$/.test(p)))
    return undefined;
  const [origin, a, b] = parts as [string, string, string?];
  return b ? { origin, transit: a, destination: b } : { origin, destination: a };
}
