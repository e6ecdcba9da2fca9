/**
 * On Workers, each hub's recalculation lease lives in a Durable Object (one
 * per hub, addressed by the hub's spreadsheet ID): a single-threaded owner
 * that every isolate and location asks, so two runs never hold one hub.
 * Bound as HUB_LEASE in wrangler.toml.
 * @module
 */
import type { HubLease } from '../../core/recalculate/types.ts';

/** What the Durable Object runtime hands the class (only what it uses). */
export interface LeaseState {
  storage: {
    get<T>(key: string): Promise<T | undefined>;
    put(key: string, value: unknown): Promise<void>;
    delete(key: string): Promise<boolean>;
  };
}

/** The binding's namespace (only what the lease uses). */
export interface LeaseNamespace {
  idFromName(name: string): unknown;
  get(id: never): { fetch(url: string, init?: RequestInit): Promise<Response> };
}

interface Held {
  run: string;
  until: number;
}

interface Ask {
  run: string;
  ttlMs?: number;
}

/** The Durable Object: POST /acquire, /confirm, /release with {run, ttlMs}. */
export class HubLeaseObject {
  constructor(private readonly state: LeaseState) {}

  async fetch(request: Request): Promise<Response> {
    const op = new URL(request.url).pathname.slice(1);
    const ask = (await request.json()) as Ask;
    const now = Date.now();
    const held = await this.state.storage.get<Held>('lease');
    const live = held && held.until > now ? held : undefined;
    if (op === 'acquire') {
      if (live && live.run !== ask.run)
        return Response.json({
          ok: false,
          holder: live.run,
          until: new Date(live.until).toISOString(),
        });
      await this.state.storage.put('lease', { run: ask.run, until: now + (ask.ttlMs ?? 300_000) });
      return Response.json({ ok: true });
    }
    if (op === 'confirm') return Response.json({ ok: live?.run === ask.run });
    if (op === 'release') {
      if (held?.run === ask.run) await this.state.storage.delete('lease');
      return Response.json({ ok: true });
    }
    return new Response('unknown operation', { status: 404 });
  }
}

/** The lease of one run on one hub, through the hub's Durable Object. */
export function durableHubLease(
  namespace: LeaseNamespace,
  hubId: string,
  runId: string,
  ttlMs = 300_000,
): HubLease {
  const stub = namespace.get(namespace.idFromName(hubId) as never);
  const call = async (op: string) => {
    const res = await stub.fetch(`https://hub-lease/${op}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ run: runId, ttlMs }),
    });
    return (await res.json()) as { ok: boolean; holder?: string; until?: string };
  };
  return {
    async acquire() {
      const answer = await call('acquire');
      return answer.ok
        ? { ok: true }
        : { ok: false, holder: answer.holder ?? 'another run', until: answer.until ?? '' };
    },
    async confirm() {
      return (await call('confirm').catch(() => ({ ok: false }))).ok;
    },
    async release() {
      await call('release').catch(() => undefined);
    },
  };
}
