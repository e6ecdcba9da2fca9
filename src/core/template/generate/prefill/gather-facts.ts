/**
 * Reads the open-data facts of the corridors a pre-filled template is built
 * for, or says in one line per corridor why a corridor cannot be pre-filled.
 * @module
 */
import { type CorridorFacts, type CorridorIssue, corridorFacts } from '../../../pack/facts.ts';
import type { PackReader } from '../../../pack/reader.ts';
import { corridorId } from '../../corridor-id.ts';
import type { CorridorSpec } from '../corridor-spec.ts';

/** The most corridors one pre-filled workbook holds (an observatory). */
export const MAX_PREFILLED_CORRIDORS = 300;

export interface GatheredFacts {
  facts: Map<string, CorridorFacts>;
  /** One per corridor that cannot be pre-filled; `path` is the corridor id. */
  issues: CorridorIssue[];
}

export async function gatherFacts(
  reader: PackReader,
  specs: readonly CorridorSpec[],
): Promise<GatheredFacts> {
  const facts = new Map<string, CorridorFacts>();
  const issues: CorridorIssue[] = [];
  for (const s of specs) {
    const o = s.origin.trim().toUpperCase();
    const d = s.destination.trim().toUpperCase();
    const t = s.transit?.trim().toUpperCase() || undefined;
    const id = corridorId(o, d, t);
    const r = await corridorFacts(reader, o, d, t);
    if (r.ok) facts.set(id, r.facts);
    else issues.push(...r.issues);
  }
  return { facts, issues };
}

/** The corridors with at least `minStock` migrants at the latest stock year, largest first. */
export async function corridorsWithStock(
  reader: PackReader,
  minStock: number,
): Promise<CorridorSpec[]> {
  const index = await reader.index();
  return index.corridors
    .filter((r) => r[2] >= minStock)
    .map(([origin, destination]) => ({ origin, destination }));
}
