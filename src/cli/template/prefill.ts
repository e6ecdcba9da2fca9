/**
 * The open-data side of `corridor-monitor template`: corridors from the
 * pack's index (--all-with-stock), their facts (--prefill) and one clear
 * line per corridor the pack cannot pre-fill.
 * @module
 */
import { fsPackReader } from '../../adapters/pack/index.ts';
import type { CorridorFacts } from '../../core/pack/facts.ts';
import { closestCode } from '../../core/pack/suggest.ts';
import type { CorridorSpec } from '../../core/template/generate/corridor-spec.ts';
import {
  corridorsWithStock,
  gatherFacts,
  MAX_PREFILLED_CORRIDORS,
} from '../../core/template/generate/prefill/gather-facts.ts';
import { UsageError } from '../exit.ts';

const reader = () => fsPackReader();

export async function allWithStock(minStock: number): Promise<CorridorSpec[]> {
  const specs = await corridorsWithStock(reader(), minStock);
  if (specs.length === 0) {
    throw new UsageError(
      `--all-with-stock ${minStock}: no corridor of the open-data pack has that many migrants`,
    );
  }
  if (specs.length > MAX_PREFILLED_CORRIDORS) {
    throw new UsageError(
      `--all-with-stock ${minStock} selects ${specs.length} corridors; one workbook holds at most ${MAX_PREFILLED_CORRIDORS} (raise the threshold)`,
    );
  }
  return specs;
}

export async function prefillFacts(
  specs: readonly CorridorSpec[],
): Promise<Map<string, CorridorFacts>> {
  const { facts, issues } = await gatherFacts(reader(), specs);
  if (issues.length > 0) {
    throw new UsageError(issues.map((p) => `${p.message}`).join('\n'));
  }
  return facts;
}

/** " (did you mean NPL?)" for a code the pack does not know, else ''. */
export async function suggestionFor(code: string): Promise<string> {
  try {
    const manifest = await reader().manifest();
    if (manifest.countries[code.toUpperCase()]) return '';
    const s = closestCode(code, manifest.countries);
    return s ? ` (did you mean ${s}, ${manifest.countries[s]?.name}?)` : '';
  } catch {
    return '';
  }
}
