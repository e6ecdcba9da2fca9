/** Builds a stage state from a fixture data set, for stage-by-stage conformance tests. */
import type { StageContext, StageState } from '../../../src/core/engine/stage.ts';
import { compileTree } from '../../../src/core/engine/tree/compile-tree.ts';
import type { CoinInput } from '../../../src/core/engine/types.ts';
import { fixtureTable } from './fixtures.ts';

export function contextOf(input: CoinInput): StageContext {
  const t = compileTree(input.iMeta);
  if (!t.ok) throw new Error('ASEM tree should compile');
  return { input, tree: t.tree };
}

/** The fixture's units (its row order) with every indicator column, rows mapped to the input. */
export function stateFromFixture(name: string, input: CoinInput, ctx: StageContext): StageState {
  const table = fixtureTable(name);
  const columns: Record<string, Float64Array> = {};
  for (const code of ctx.tree.indicators)
    columns[code] = Float64Array.from(table.keys, (k) => table.get(k, code));
  return {
    data: { units: table.keys, columns },
    rows: Int32Array.from(table.keys, (k) => input.units.indexOf(k)),
  };
}
