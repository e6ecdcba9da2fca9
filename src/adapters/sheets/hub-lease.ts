/**
 * A hub's recalculation lease in its own developer metadata, so that every
 * instance of the service (Node, Cloud Functions) sees it: an entry
 * `corridor-monitor:lease` = {run, since, until}. Taking it: read, add ours,
 * read again; of the live entries the earliest (since, then run) wins, and a
 * loser removes its own. Re-checked before writing; removed at the end; a
 * crashed run's entry simply expires.
 * @module
 */
import type { Clock } from '../../core/contract/ports.ts';
import type { HubLease } from '../../core/recalculate/types.ts';
import type { SheetsTransport } from './transport.ts';

export const LEASE_KEY = 'corridor-monitor:lease';
const FIELDS = 'developerMetadata(metadataId,metadataKey,metadataValue)';

interface Entry {
  id: number;
  run: string;
  since: number;
  until: number;
}

export interface LeaseOptions {
  /** How long a run may hold the hub (default 5 minutes): a crashed run blocks no longer. */
  ttlMs?: number;
  /** The real clock (never CM_FIXED_TIME). */
  clock?: Clock;
}

export function sheetsHubLease(
  transport: SheetsTransport,
  hubId: string,
  runId: string,
  options: LeaseOptions = {},
): HubLease {
  const ttl = options.ttlMs ?? 5 * 60_000;
  const now = () => (options.clock ?? { now: () => new Date() }).now().getTime();
  let mine: number | undefined;
  let mineValue: string | undefined;
  let until = 0;

  const read = async (): Promise<Entry[]> => {
    const meta = await transport.get(hubId, FIELDS);
    return (meta.developerMetadata ?? []).flatMap((m) => {
      if (m.metadataKey !== LEASE_KEY || typeof m.metadataId !== 'number') return [];
      try {
        const v = JSON.parse(m.metadataValue ?? '') as Partial<Entry>;
        return typeof v.run === 'string' &&
          typeof v.since === 'number' &&
          typeof v.until === 'number'
          ? [{ id: m.metadataId, run: v.run, since: v.since, until: v.until }]
          : [{ id: m.metadataId, run: '', since: 0, until: 0 }];
      } catch {
        return [{ id: m.metadataId, run: '', since: 0, until: 0 }]; // unreadable: treated as expired
      }
    });
  };
  const winner = (entries: Entry[], at: number) =>
    entries
      .filter((e) => e.until > at)
      .sort((a, b) => a.since - b.since || (a.run < b.run ? -1 : a.run > b.run ? 1 : 0))[0];
  /** Our entry, found by its value (unique: it holds the run id), so its id need not be known. */
  const removeMine = (value: string) =>
    transport.batchUpdate(hubId, [
      {
        deleteDeveloperMetadata: {
          dataFilter: {
            developerMetadataLookup: { metadataKey: LEASE_KEY, metadataValue: value },
          },
        },
      },
    ]);
  const busy = (e: Entry) => ({
    ok: false as const,
    holder: e.run,
    until: new Date(e.until).toISOString(),
  });

  return {
    async acquire() {
      const at = now();
      const before = await read();
      const held = winner(before, at);
      if (held && held.run !== runId) return busy(held);
      until = at + ttl;
      const value = JSON.stringify({ run: runId, since: at, until });
      await transport.batchUpdate(hubId, [
        ...before
          .filter((e) => e.until <= at)
          .map((e) => ({
            deleteDeveloperMetadata: {
              dataFilter: { developerMetadataLookup: { metadataId: e.id } },
            },
          })),
        {
          createDeveloperMetadata: {
            developerMetadata: {
              metadataKey: LEASE_KEY,
              metadataValue: value,
              location: { spreadsheet: true },
              visibility: 'DOCUMENT',
            },
          },
        },
      ]);
      let after: Entry[];
      try {
        after = await read();
      } catch (error) {
        // could not see who won: take ours back (by its unique value) and give up
        await removeMine(value).catch(() => undefined);
        throw error;
      }
      mine = after.find((e) => e.run === runId)?.id;
      mineValue = value;
      const first = winner(after, now());
      if (first && first.run !== runId) {
        await removeMine(value);
        mine = undefined;
        return busy(first);
      }
      return { ok: true };
    },
    async confirm() {
      if (mine === undefined || now() >= until) return false;
      try {
        return winner(await read(), now())?.id === mine;
      } catch {
        return false; // cannot tell: write nothing rather than risk interleaving
      }
    },
    async release() {
      if (mine === undefined || mineValue === undefined) return;
      const value = mineValue;
      mine = undefined;
      // a lease left behind expires by itself: failing to remove it is no failure of the run
      await removeMine(value).catch(() => undefined);
    },
  };
}
