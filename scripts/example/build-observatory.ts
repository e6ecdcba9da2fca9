/**
 * Builds the example observatory through the open-data pack: the template
 * for the example corridors pre-filled exactly as `template --prefill` fills
 * it for any team, plus the example's team name and instructions.
 * @module
 */
import { join } from 'node:path';
import { loadPack } from '../../src/adapters/pack/index.ts';
import type { GeneratedTab, Patch } from '../../src/core/contract/patch.ts';
import type { CellValue, Workbook } from '../../src/core/contract/workbook.ts';
import { type CorridorFacts, factsFromShards } from '../../src/core/pack/facts.ts';
import type { LoadedPack } from '../../src/core/pack/reader.ts';
import { buildTemplate } from '../../src/core/template/index.ts';
import { COLUMNS, INPUT_TABS, type Side } from '../../src/core/template/layout.ts';
import { CORRIDORS, type ExampleCorridor, PERIOD, TEAM } from './corridors.ts';
import { EXAMPLE_CATALOGUE } from './custom-indicators.ts';
import { fillAvailabilityRows } from './tabs/availability-rows.ts';
import { instructionLines } from './tabs/instructions.ts';

/** Fixed, so that the same data always give the same workbook. */
export const GENERATED_AT = '2026-11-28T00:00:00Z';

/** A filled Indicators row, as the tests and the summary line read it. */
export interface ExampleValue {
  corridorId: string;
  indicator: string;
  side: Side;
  country: string;
  year: number;
  value: number;
  source: string;
  sourceCode: string;
  note: string;
}

export interface Observatory {
  workbook: Workbook;
  layout: GeneratedTab[];
  /** Formats and notes of the Indicators tab (pre-filled cells styled). */
  patches: Patch[];
  values: ExampleValue[];
}

export function exampleFacts(pack: LoadedPack, c: ExampleCorridor): CorridorFacts {
  const shard = (code: string) => {
    const s = pack.shards.get(code);
    if (!s) throw new Error(`example corridor ${c.id}: ${code} has no shard in the pack`);
    return s;
  };
  return factsFromShards(
    pack.manifest,
    {
      origin: shard(c.origin),
      destination: shard(c.destination),
      ...(c.transit ? { transit: shard(c.transit) } : {}),
    },
    c.transit,
  );
}

function valuesOf(rows: readonly CellValue[][]): ExampleValue[] {
  const at = (n: (typeof COLUMNS.Indicators)[number]) => COLUMNS.Indicators.indexOf(n);
  return rows
    .slice(1)
    .filter((r) => typeof r[at('value')] === 'number')
    .map((r) => ({
      corridorId: String(r[at('corridor_id')]),
      indicator: String(r[at('indicator')]),
      side: r[at('side')] as Side,
      country: String(r[at('country')]),
      year: Number(r[at('year')]),
      value: Number(r[at('value')]),
      source: String(r[at('source')]),
      sourceCode: String(r[at('source_code')]),
      note: String(r[at('note')]),
    }));
}

export function buildObservatory(
  dataDir = 'data',
  corridors: readonly ExampleCorridor[] = CORRIDORS,
): Observatory {
  const pack = loadPack(join(dataDir, 'pack'));
  const prefill = new Map(corridors.map((c) => [c.id, exampleFacts(pack, c)]));
  const template = buildTemplate({
    corridors: corridors.map((c) => ({
      origin: c.origin,
      destination: c.destination,
      ...(c.transit ? { transit: c.transit } : {}),
      periodStart: PERIOD.start,
      periodEnd: PERIOD.end,
    })),
    generatedAt: GENERATED_AT,
    catalogue: EXAMPLE_CATALOGUE,
    prefill,
  });
  const tabs = template.workbook.tabs as Record<string, CellValue[][]>;
  const teamAt = COLUMNS.Corridors.indexOf('team');
  const filled: Record<string, CellValue[][]> = {
    ...tabs,
    [INPUT_TABS.instructions]: [
      ...instructionLines(corridors).map((l) => [l]),
      [''],
      ...(tabs[INPUT_TABS.instructions] ?? []),
    ],
    [INPUT_TABS.corridors]: (tabs[INPUT_TABS.corridors] ?? []).map((r, i) =>
      i === 0 ? r : r.map((cell, c) => (c === teamAt ? TEAM : cell)),
    ),
    [INPUT_TABS.availability]: fillAvailabilityRows(
      tabs[INPUT_TABS.availability] ?? [],
      prefill,
      PERIOD.end,
    ),
  };
  return {
    workbook: { tabs: filled },
    layout: template.layout,
    patches: template.patches.filter((p) => p.tab === INPUT_TABS.indicators && p.formats),
    values: valuesOf(tabs[INPUT_TABS.indicators] ?? []),
  };
}
