/**
 * Applies a WriteBack to grids: the same rules as every adapter (generated
 * tabs replaced whole, input tabs untouched, a user's same-named tab kept),
 * for CSV folders and for tests that compare paths.
 * @module
 */
import { parseRange } from './a1.ts';
import { GENERATED_REGISTRY, resolveGeneratedNames } from './generated-names.ts';
import type { WriteBack } from './patch.ts';
import type { Workbook } from './workbook.ts';

/** @returns a new workbook; the input is not mutated. */
export function applyWriteBackToGrid(workbook: Workbook, writeBack: WriteBack): Workbook {
  const registry = workbook.tabs[GENERATED_REGISTRY] ?? [];
  const ours = new Set(
    registry
      .slice(1)
      .map((r) => String(r[0] ?? ''))
      .filter(Boolean),
  );
  const existing = Object.keys(workbook.tabs).filter((n) => n !== GENERATED_REGISTRY);
  const names = resolveGeneratedNames(
    existing,
    ours,
    writeBack.tabs.map((t) => t.name),
  );
  const written = new Set(names.values());
  const tabs: Workbook['tabs'] = {};
  for (const [name, rows] of Object.entries(workbook.tabs)) {
    if (name === GENERATED_REGISTRY || (ours.has(name) && written.has(name))) continue;
    tabs[name] = rows;
  }
  for (const tab of writeBack.tabs) tabs[names.get(tab.name)!] = [];
  for (const patch of writeBack.patches) {
    const grid = tabs[names.get(patch.tab) ?? ''];
    const range = parseRange(patch.range);
    if (!grid || !range) continue;
    patch.values.forEach((cells, r) => {
      const row = r + range.start.row - 1;
      while (grid.length <= row) grid.push([]);
      const target = grid[row]!;
      cells.forEach((v, c) => {
        const col = c + range.start.column - 1;
        while (target.length < col) target.push(null);
        target[col] = v;
      });
    });
  }
  const kept = [...ours].filter((n) => n in tabs && !written.has(n));
  tabs[GENERATED_REGISTRY] = [['generated_tab'], ...[...kept, ...written].map((n) => [n])];
  return { tabs };
}
