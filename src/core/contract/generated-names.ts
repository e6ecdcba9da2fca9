/**
 * Where each generated tab goes. A tab we generated before is replaced; a
 * user's own tab with the same name is never touched: ours takes `Name (CM)`.
 * @module
 */

/** The tab (xlsx) or file (CSV folder) that lists the tabs Corridor Monitor generated. */
export const GENERATED_REGISTRY = '_corridor_monitor';

/**
 * @param existing names of every tab in the workbook now
 * @param ours names of the tabs Corridor Monitor generated before (from its metadata)
 * @param wanted names of the tabs to generate now
 * @returns wanted name -> the name to write under
 * @example resolveGeneratedNames(['Ranking'], new Set(), ['Ranking']) // => Map { 'Ranking' => 'Ranking (CM)' }
 */
export function resolveGeneratedNames(
  existing: readonly string[],
  ours: ReadonlySet<string>,
  wanted: readonly string[],
): Map<string, string> {
  const taken = new Set(existing.filter((n) => !ours.has(n)));
  const out = new Map<string, string>();
  for (const name of wanted) {
    let candidate = name;
    for (let i = 1; taken.has(candidate); i++)
      candidate = i === 1 ? `${name} (CM)` : `${name} (CM ${i})`;
    taken.add(candidate);
    out.set(name, candidate);
  }
  return out;
}
